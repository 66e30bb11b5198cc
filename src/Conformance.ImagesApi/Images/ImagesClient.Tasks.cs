using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Show tasks associated with image" (GET /v2/images/{image_id}/tasks)
    /// <summary>The tasks that worked on an image, such as its imports (API 2.12).</summary>
    public Task<ApiResponse> ListImageTasksAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageTasks) { PathValues = Id(imageId) }, cancellationToken);
}
