using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Add Location" (POST /v2/images/{image_id}/locations)
    /// <summary>Adds a location (<c>url</c>, optional <c>validation_data</c>) to a queued image (API 2.17).</summary>
    public Task<ApiResponse> AddLocationAsync(string imageId, JsonObject request, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageLocations)
        {
            PathValues = Id(imageId), Body = Utf8(request), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Get Location" (GET /v2/images/{image_id}/locations)
    /// <summary>Lists an image's locations (API 2.17); Glance's default policy keeps it for the service role.</summary>
    public Task<ApiResponse> ListLocationsAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageLocations) { PathValues = Id(imageId) }, cancellationToken);
}
