using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The discovery operations of the Images API v2: import methods, stores and quota usage.</summary>
public sealed class InfoClient(ApiTransport transport)
{
    /// api-ref: image/v2 "Import methods and values discovery" (GET /v2/info/import)
    /// <summary>Import methods and values discovery (API 2.6).</summary>
    public Task<ApiResponse> ShowImportInfoAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.InfoImport), cancellationToken);

    /// api-ref: image/v2 "List stores" (GET /v2/info/stores)
    /// <summary>Lists the stores of a cloud with multiple stores; a single-store cloud answers 404.</summary>
    public Task<ApiResponse> ListStoresAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.InfoStores), cancellationToken);

    /// api-ref: image/v2 "List stores detail" (GET /v2/info/stores/detail)
    /// <summary>The stores with their type and properties (admin only by default); a single-store cloud answers 404.</summary>
    public Task<ApiResponse> ListStoresDetailAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.InfoStoresDetail), cancellationToken);

    /// api-ref: image/v2 "Quota usage" (GET /v2/info/usage)
    /// <summary>The caller's quota usage (unified limits); empty when the cloud enforces no quotas.</summary>
    public Task<ApiResponse> ShowUsageAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.InfoUsage), cancellationToken);
}
