using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The metadata definitions catalog (<c>/v2/metadefs/...</c>): namespaces and what they hold.</summary>
public sealed class MetadefsClient(ApiTransport transport)
{
    private const string Json = "application/json";

    public Task<ApiResponse> ListNamespacesAsync(IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespaces) { Query = query.ToList() }, cancellationToken);

    public Task<ApiResponse> CreateNamespaceAsync(JsonObject namespaceDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefNamespaces) { Body = Utf8(namespaceDefinition), ContentType = Json },
            cancellationToken);

    public Task<ApiResponse> ShowNamespaceAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespace) { PathValues = Namespace(namespaceName) }, cancellationToken);

    public Task<ApiResponse> DeleteNamespaceAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefNamespace) { PathValues = Namespace(namespaceName) }, cancellationToken);

    public Task<ApiResponse> CreateObjectAsync(string namespaceName, JsonObject objectDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefObjects)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(objectDefinition), ContentType = Json,
        }, cancellationToken);

    /// <summary>Creates several tags of a namespace at once: <c>{"tags": [{"name": ...}, ...]}</c>.</summary>
    public Task<ApiResponse> CreateTagsAsync(string namespaceName, JsonObject tags, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefTags)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(tags), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> ListTagsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefTags) { PathValues = Namespace(namespaceName) }, cancellationToken);

    private static Dictionary<string, string> Namespace(string namespaceName) => new() { ["namespace_name"] = namespaceName };

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
