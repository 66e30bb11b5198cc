using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The image member operations of the Images API v2 (sharing), one method per API-reference operation.</summary>
public sealed class MembersClient(ApiTransport transport)
{
    private const string Json = "application/json";

    /// api-ref: image/v2 "Create image member" (POST /v2/images/{image_id}/members)
    public Task<ApiResponse> CreateImageMemberAsync(string imageId, string memberId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.ImageMembers)
        {
            PathValues = Image(imageId),
            Body = Utf8(new JsonObject { ["member"] = memberId }),
            ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "List image members" (GET /v2/images/{image_id}/members)
    public Task<ApiResponse> ListImageMembersAsync(string imageId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageMembers) { PathValues = Image(imageId) }, cancellationToken);

    /// api-ref: image/v2 "Show image member details" (GET /v2/images/{image_id}/members/{member_id})
    public Task<ApiResponse> ShowImageMemberAsync(string imageId, string memberId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageMember) { PathValues = Member(imageId, memberId) }, cancellationToken);

    /// api-ref: image/v2 "Update image member" (PUT /v2/images/{image_id}/members/{member_id})
    /// <summary>Sets the member's status: <c>pending</c>, <c>accepted</c> or <c>rejected</c> (only the member may).</summary>
    public Task<ApiResponse> UpdateImageMemberAsync(string imageId, string memberId, string status, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageMember)
        {
            PathValues = Member(imageId, memberId),
            Body = Utf8(new JsonObject { ["status"] = status }),
            ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Delete image member" (DELETE /v2/images/{image_id}/members/{member_id})
    public Task<ApiResponse> DeleteImageMemberAsync(string imageId, string memberId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.ImageMember) { PathValues = Member(imageId, memberId) }, cancellationToken);

    private static Dictionary<string, string> Image(string imageId) => new() { ["image_id"] = imageId };

    private static Dictionary<string, string> Member(string imageId, string memberId) =>
        new() { ["image_id"] = imageId, ["member_id"] = memberId };

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
