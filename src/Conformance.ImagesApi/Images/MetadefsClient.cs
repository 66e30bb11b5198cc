using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The metadata definitions catalog (<c>/v2/metadefs/...</c>): namespaces and what they hold.</summary>
public sealed partial class MetadefsClient(ApiTransport transport)
{
    private const string Json = "application/json";

    /// api-ref: image/v2 "List namespaces" (GET /v2/metadefs/namespaces)
    public Task<ApiResponse> ListNamespacesAsync(IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespaces) { Query = query.ToList() }, cancellationToken);

    /// api-ref: image/v2 "Create namespace" (POST /v2/metadefs/namespaces)
    public Task<ApiResponse> CreateNamespaceAsync(JsonObject namespaceDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefNamespaces) { Body = Utf8(namespaceDefinition), ContentType = Json },
            cancellationToken);

    /// api-ref: image/v2 "Get namespace details" (GET /v2/metadefs/namespaces/{namespace_name})
    public Task<ApiResponse> ShowNamespaceAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespace) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// api-ref: image/v2 "Update namespace" (PUT /v2/metadefs/namespaces/{namespace_name})
    /// <summary>Replaces a namespace's definition (its name may change with it).</summary>
    public Task<ApiResponse> UpdateNamespaceAsync(string namespaceName, JsonObject namespaceDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefNamespace)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(namespaceDefinition), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Delete namespace" (DELETE /v2/metadefs/namespaces/{namespace_name})
    public Task<ApiResponse> DeleteNamespaceAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefNamespace) { PathValues = Namespace(namespaceName) }, cancellationToken);

    private static Dictionary<string, string> Namespace(string namespaceName) => new() { ["namespace_name"] = namespaceName };

    private static Dictionary<string, string> Namespace(string namespaceName, string placeholder, string value) =>
        new() { ["namespace_name"] = namespaceName, [placeholder] = value };

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
