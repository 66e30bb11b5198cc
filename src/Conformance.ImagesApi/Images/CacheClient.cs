using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>
/// The cache manage API (<c>/v2/cache</c>, API 2.14), which Glance's default policy opens to admins only.
/// Clearing the whole cache (<c>DELETE /v2/cache</c>) is left out on purpose: it would remove images other users cached.
/// </summary>
public sealed class CacheClient(ApiTransport transport)
{
    /// <summary>Query cache status: the cached images and the images queued for caching.</summary>
    public Task<ApiResponse> ListCacheAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Cache), cancellationToken);

    /// <summary>Queues an active image for caching.</summary>
    public Task<ApiResponse> QueueImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.CachedImage) { PathValues = Id(imageId) }, cancellationToken);

    /// <summary>Removes one image from the cache and from the queue.</summary>
    public Task<ApiResponse> DeleteCachedImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.CachedImage) { PathValues = Id(imageId) }, cancellationToken);

    private static Dictionary<string, string> Id(string imageId) => new() { ["image_id"] = imageId };
}
