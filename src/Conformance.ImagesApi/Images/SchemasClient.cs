using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The published JSON schemas (<c>/v2/schemas/...</c>), e.g. <c>image</c> or <c>metadefs/namespace</c>.</summary>
public sealed class SchemasClient(ApiTransport transport)
{
    /// api-ref: image/v2 "Show image schema", "Show images schema" and every other "Show ... schema" (GET /v2/schemas/{name})
    public Task<ApiResponse> ShowSchemaAsync(string schemaName, CancellationToken cancellationToken) =>
        // The name may hold a slash (metadefs/...), which must stay a path separator.
        transport.SendAsync(new ApiRequest("GET", "/v2/schemas/" + schemaName), cancellationToken);
}
