using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Deactivate image" (POST /v2/images/{image_id}/actions/deactivate)
    /// <summary>Deactivates an active image (API 2.3): its data can no longer be downloaded by non-admins.</summary>
    public Task<ApiResponse> DeactivateImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageDeactivate) { PathValues = Id(imageId) }, cancellationToken);

    /// api-ref: image/v2 "Reactivate image" (POST /v2/images/{image_id}/actions/reactivate)
    /// <summary>Reactivates a deactivated image (API 2.3).</summary>
    public Task<ApiResponse> ReactivateImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageReactivate) { PathValues = Id(imageId) }, cancellationToken);
}
