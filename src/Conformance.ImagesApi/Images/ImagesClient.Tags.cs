using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Add image tag" (PUT /v2/images/{image_id}/tags/{tag})
    public Task<ApiResponse> AddImageTagAsync(string imageId, string tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageTag) { PathValues = Tag(imageId, tag) }, cancellationToken);

    /// api-ref: image/v2 "Delete image tag" (DELETE /v2/images/{image_id}/tags/{tag})
    public Task<ApiResponse> DeleteImageTagAsync(string imageId, string tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.ImageTag) { PathValues = Tag(imageId, tag) }, cancellationToken);

    private static Dictionary<string, string> Tag(string imageId, string tag) => new() { ["image_id"] = imageId, ["tag"] = tag };
}
