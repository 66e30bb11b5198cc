using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The tag definitions of a namespace (<c>/v2/metadefs/namespaces/{namespace_name}/tags</c>).</summary>
public sealed partial class MetadefsClient
{
    /// api-ref: image/v2 "Create tags" (POST /v2/metadefs/namespaces/{namespace_name}/tags)
    /// <summary>Creates several tags of a namespace at once: <c>{"tags": [{"name": ...}, ...]}</c>.</summary>
    public Task<ApiResponse> CreateTagsAsync(string namespaceName, JsonObject tags, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefTags)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(tags), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "List tags" (GET /v2/metadefs/namespaces/{namespace_name}/tags)
    public Task<ApiResponse> ListTagsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefTags) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// api-ref: image/v2 "Delete all tag definitions" (DELETE /v2/metadefs/namespaces/{namespace_name}/tags)
    public Task<ApiResponse> DeleteTagsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefTags) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// api-ref: image/v2 "Create tag definition" (POST /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name})
    /// <summary>Creates one tag, named by the path; there is no body.</summary>
    public Task<ApiResponse> CreateTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    /// api-ref: image/v2 "Get tag definition" (GET /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name})
    public Task<ApiResponse> ShowTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    /// api-ref: image/v2 "Update tag definition" (PUT /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name})
    /// <summary>Renames a tag: <c>{"name": "new-name"}</c>.</summary>
    public Task<ApiResponse> UpdateTagAsync(string namespaceName, string tagName, JsonObject tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefTag)
        {
            PathValues = Tag(namespaceName, tagName), Body = Utf8(tag), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Delete tag definition" (DELETE /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name})
    public Task<ApiResponse> DeleteTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    private static Dictionary<string, string> Tag(string namespaceName, string tagName) => Namespace(namespaceName, "tag_name", tagName);
}
