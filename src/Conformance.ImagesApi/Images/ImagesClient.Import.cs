using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    /// api-ref: image/v2 "Stage binary image data" (PUT /v2/images/{image_id}/stage)
    /// <summary>Stages data for a later <c>glance-direct</c> import (API 2.6).</summary>
    public Task<ApiResponse> StageImageDataAsync(string imageId, byte[] data, CancellationToken cancellationToken,
        string contentType = OctetStream) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageStage)
        {
            PathValues = Id(imageId), Body = data, ContentType = contentType,
        }, cancellationToken);

    /// api-ref: image/v2 "Stage binary image data" (PUT /v2/images/{image_id}/stage)
    /// <summary>Stages data from a stream as it is read (never whole in memory); the response's StreamedData has its size.</summary>
    public Task<ApiResponse> StageImageDataAsync(string imageId, Stream data, long? length, CancellationToken cancellationToken) =>
        transport.UploadAsync(new ApiRequest("PUT", Routes.ImageStage) { PathValues = Id(imageId), ContentType = OctetStream },
            data, length, cancellationToken);

    /// api-ref: image/v2 "Import an image" (POST /v2/images/{image_id}/import)
    /// <summary>Starts an import (API 2.6); <paramref name="request"/> is the body, e.g. <see cref="ImportRequest"/>.</summary>
    public Task<ApiResponse> ImportImageAsync(string imageId, JsonObject request, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageImport)
        {
            PathValues = Id(imageId), Body = Utf8(request), ContentType = Json,
        }, cancellationToken);

    /// <summary>The body of an import by <paramref name="method"/> that needs nothing else, such as <c>glance-direct</c>.</summary>
    public static JsonObject ImportRequest(string method) => new() { ["method"] = new JsonObject { ["name"] = method } };
}
