using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>Resource types, and the associations of a namespace with them.</summary>
public sealed partial class MetadefsClient
{
    /// api-ref: image/v2 "List resource types" (GET /v2/metadefs/resource_types)
    public Task<ApiResponse> ListResourceTypesAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefResourceTypes), cancellationToken);

    /// api-ref: image/v2 "Create resource type association" (POST /v2/metadefs/namespaces/{namespace_name}/resource_types)
    /// <summary>Associates a namespace with a resource type: <c>{"name": "OS::Glance::Image", "prefix": ...}</c>.</summary>
    public Task<ApiResponse> CreateResourceTypeAssociationAsync(string namespaceName, JsonObject association,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefNamespaceResourceTypes)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(association), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "List resource type associations" (GET /v2/metadefs/namespaces/{namespace_name}/resource_types)
    public Task<ApiResponse> ListResourceTypeAssociationsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespaceResourceTypes) { PathValues = Namespace(namespaceName) },
            cancellationToken);

    /// api-ref: image/v2 "Remove resource type association" (DELETE /v2/metadefs/namespaces/{namespace_name}/resource_types/{name})
    public Task<ApiResponse> DeleteResourceTypeAssociationAsync(string namespaceName, string resourceTypeName,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefNamespaceResourceType)
        {
            PathValues = Namespace(namespaceName, "name", resourceTypeName),
        }, cancellationToken);
}
