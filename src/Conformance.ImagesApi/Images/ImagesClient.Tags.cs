using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    public Task<ApiResponse> AddImageTagAsync(string imageId, string tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageTag) { PathValues = Tag(imageId, tag) }, cancellationToken);

    public Task<ApiResponse> DeleteImageTagAsync(string imageId, string tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.ImageTag) { PathValues = Tag(imageId, tag) }, cancellationToken);

    private static Dictionary<string, string> Tag(string imageId, string tag) => new() { ["image_id"] = imageId, ["tag"] = tag };
}
