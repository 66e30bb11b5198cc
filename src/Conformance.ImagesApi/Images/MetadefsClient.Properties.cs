using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The property definitions of a namespace (<c>/v2/metadefs/namespaces/{namespace_name}/properties</c>).</summary>
public sealed partial class MetadefsClient
{
    /// api-ref: image/v2 "Create property" (POST /v2/metadefs/namespaces/{namespace_name}/properties)
    public Task<ApiResponse> CreatePropertyAsync(string namespaceName, JsonObject propertyDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefProperties)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(propertyDefinition), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "List properties" (GET /v2/metadefs/namespaces/{namespace_name}/properties)
    public Task<ApiResponse> ListPropertiesAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefProperties) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// api-ref: image/v2 "Show property definition" (GET /v2/metadefs/namespaces/{namespace_name}/properties/{property_name})
    public Task<ApiResponse> ShowPropertyAsync(string namespaceName, string propertyName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefProperty) { PathValues = Property(namespaceName, propertyName) },
            cancellationToken);

    /// api-ref: image/v2 "Update property definition" (PUT /v2/metadefs/namespaces/{namespace_name}/properties/{property_name})
    /// <summary>Replaces a property's definition.</summary>
    public Task<ApiResponse> UpdatePropertyAsync(string namespaceName, string propertyName, JsonObject propertyDefinition,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefProperty)
        {
            PathValues = Property(namespaceName, propertyName), Body = Utf8(propertyDefinition), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Remove property definition" (DELETE /v2/metadefs/namespaces/{namespace_name}/properties/{property_name})
    public Task<ApiResponse> DeletePropertyAsync(string namespaceName, string propertyName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefProperty) { PathValues = Property(namespaceName, propertyName) },
            cancellationToken);

    private static Dictionary<string, string> Property(string namespaceName, string propertyName) =>
        Namespace(namespaceName, "property_name", propertyName);
}
