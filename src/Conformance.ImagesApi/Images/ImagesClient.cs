using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The image operations of the Images API v2, one method per API-reference operation.</summary>
public sealed partial class ImagesClient(ApiTransport transport)
{
    private const string Json = "application/json";

    /// api-ref: image/v2 "Create image" (POST /v2/images)
    public Task<ApiResponse> CreateImageAsync(JsonObject image, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.Images) { Body = Utf8(image), ContentType = Json }, cancellationToken);

    /// api-ref: image/v2 "Show image" (GET /v2/images/{image_id})
    public Task<ApiResponse> ShowImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Image) { PathValues = Id(imageId) }, cancellationToken);

    /// api-ref: image/v2 "Show image" (GET /v2/images/{image_id})
    /// <summary>Shows the image at a URL the server gave, such as the <c>Location</c> of a create.</summary>
    public Task<ApiResponse> ShowImageAtAsync(Uri location, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Image) { AbsoluteUrl = location }, cancellationToken);

    /// api-ref: image/v2 "List images" (GET /v2/images)
    public Task<ApiResponse> ListImagesAsync(IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Images) { Query = query.ToList() }, cancellationToken);

    /// api-ref: image/v2 "List images" (GET /v2/images), a page by its link
    /// <summary>Follows a <c>next</c> or <c>first</c> link as the server gave it (a path with its query).</summary>
    public Task<ApiResponse> ListImagesPageAsync(string link, CancellationToken cancellationToken)
    {
        var parts = link.Split('?', 2);
        var query = parts.Length < 2 ? [] : parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Unescape(kv[0]), kv.Length > 1 ? Unescape(kv[1]) : string.Empty))
            .ToList();
        return ListImagesAsync(query, cancellationToken);
    }

    /// api-ref: image/v2 "Update image" (PATCH /v2/images/{image_id})
    public Task<ApiResponse> UpdateImageAsync(string imageId, IEnumerable<JsonPatch> changes, CancellationToken cancellationToken,
        string mediaType = JsonPatch.MediaType) =>
        transport.SendAsync(new ApiRequest("PATCH", Routes.Image)
        {
            PathValues = Id(imageId),
            Body = Utf8(new JsonArray(changes.Select(c => (JsonNode)c.ToJson()).ToArray())),
            ContentType = mediaType,
        }, cancellationToken);

    /// api-ref: image/v2 "Delete image" (DELETE /v2/images/{image_id})
    public Task<ApiResponse> DeleteImageAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.Image) { PathValues = Id(imageId) }, cancellationToken);

    // Links are form-encoded by the server: a '+' is a space.
    private static string Unescape(string part) => Uri.UnescapeDataString(part.Replace('+', ' '));

    private static Dictionary<string, string> Id(string imageId) => new() { ["image_id"] = imageId };

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
