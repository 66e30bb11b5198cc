using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>Resource types, and the associations of a namespace with them.</summary>
public sealed partial class MetadefsClient
{
    public Task<ApiResponse> ListResourceTypesAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefResourceTypes), cancellationToken);

    /// <summary>Associates a namespace with a resource type: <c>{"name": "OS::Glance::Image", "prefix": ...}</c>.</summary>
    public Task<ApiResponse> CreateResourceTypeAssociationAsync(string namespaceName, JsonObject association,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefNamespaceResourceTypes)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(association), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> ListResourceTypeAssociationsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefNamespaceResourceTypes) { PathValues = Namespace(namespaceName) },
            cancellationToken);

    public Task<ApiResponse> DeleteResourceTypeAssociationAsync(string namespaceName, string resourceTypeName,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefNamespaceResourceType)
        {
            PathValues = Namespace(namespaceName, "name", resourceTypeName),
        }, cancellationToken);
}
