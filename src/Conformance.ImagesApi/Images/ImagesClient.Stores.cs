using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Delete image from store" (DELETE /v2/stores/{store_id}/{image_id})
    /// <summary>Deletes an image's data from one store, keeping the image and its data in the others (API 2.10).</summary>
    public Task<ApiResponse> DeleteImageFromStoreAsync(string storeId, string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.StoreImage)
        {
            PathValues = new Dictionary<string, string> { ["store_id"] = storeId, ["image_id"] = imageId },
        }, cancellationToken);
}
