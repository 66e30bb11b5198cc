using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The tag definitions of a namespace (<c>/v2/metadefs/namespaces/{namespace_name}/tags</c>).</summary>
public sealed partial class MetadefsClient
{
    /// <summary>Creates several tags of a namespace at once: <c>{"tags": [{"name": ...}, ...]}</c>.</summary>
    public Task<ApiResponse> CreateTagsAsync(string namespaceName, JsonObject tags, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefTags)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(tags), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> ListTagsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefTags) { PathValues = Namespace(namespaceName) }, cancellationToken);

    public Task<ApiResponse> DeleteTagsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefTags) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// <summary>Creates one tag, named by the path; there is no body.</summary>
    public Task<ApiResponse> CreateTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    public Task<ApiResponse> ShowTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    /// <summary>Renames a tag: <c>{"name": "new-name"}</c>.</summary>
    public Task<ApiResponse> UpdateTagAsync(string namespaceName, string tagName, JsonObject tag, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefTag)
        {
            PathValues = Tag(namespaceName, tagName), Body = Utf8(tag), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> DeleteTagAsync(string namespaceName, string tagName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefTag) { PathValues = Tag(namespaceName, tagName) }, cancellationToken);

    private static Dictionary<string, string> Tag(string namespaceName, string tagName) => Namespace(namespaceName, "tag_name", tagName);
}
