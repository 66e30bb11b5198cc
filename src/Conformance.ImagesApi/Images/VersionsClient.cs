using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>API version discovery, the one call that needs no credentials.</summary>
public sealed class VersionsClient(ApiTransport transport)
{
    /// api-ref: image/versions "List API versions" (GET /versions)
    public Task<ApiResponse> ListVersionsAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Versions), cancellationToken);

    /// api-ref: image/versions "List API versions" (GET /)
    /// <summary>The versions document at the root of the endpoint, which Glance answers with 300 Multiple Choices.</summary>
    public Task<ApiResponse> ListVersionsAtRootAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Root), cancellationToken);
}
