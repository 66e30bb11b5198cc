using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// <summary>Deactivates an active image (API 2.3): its data can no longer be downloaded by non-admins.</summary>
    public Task<ApiResponse> DeactivateImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageDeactivate) { PathValues = Id(imageId) }, cancellationToken);

    /// <summary>Reactivates a deactivated image (API 2.3).</summary>
    public Task<ApiResponse> ReactivateImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageReactivate) { PathValues = Id(imageId) }, cancellationToken);
}
