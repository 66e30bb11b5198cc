using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>
/// The cache manage API (<c>/v2/cache</c>, API 2.14), which Glance's default policy opens to admins only.
/// </summary>
public sealed class CacheClient(ApiTransport transport)
{
    /// api-ref: image/v2 "Query cache status" (GET /v2/cache)
    /// <summary>Query cache status: the cached images and the images queued for caching.</summary>
    public Task<ApiResponse> ListCacheAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Cache), cancellationToken);

    /// api-ref: image/v2 "Queue image" (PUT /v2/cache/{image_id})
    /// <summary>Queues an active image for caching.</summary>
    public Task<ApiResponse> QueueImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.CachedImage) { PathValues = Id(imageId) }, cancellationToken);

    /// api-ref: image/v2 "Delete image from cache" (DELETE /v2/cache/{image_id})
    /// <summary>Removes one image from the cache and from the queue.</summary>
    public Task<ApiResponse> DeleteCachedImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.CachedImage) { PathValues = Id(imageId) }, cancellationToken);

    /// api-ref: image/v2 "Clear images from cache" (DELETE /v2/cache)
    /// <summary>
    /// Clears the whole cache. It would remove what other users cached: tests send it only as a persona the cloud
    /// has just refused the cache status (one policy guards the whole cache API), to see it refused too.
    /// </summary>
    public Task<ApiResponse> ClearCacheAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.Cache), cancellationToken);

    private static Dictionary<string, string> Id(string imageId) => new() { ["image_id"] = imageId };
}
