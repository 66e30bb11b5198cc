using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The objects of a metadata definition namespace (<c>/v2/metadefs/namespaces/{namespace_name}/objects</c>).</summary>
public sealed partial class MetadefsClient
{
    /// api-ref: image/v2 "Create object" (POST /v2/metadefs/namespaces/{namespace_name}/objects)
    public Task<ApiResponse> CreateObjectAsync(string namespaceName, JsonObject objectDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefObjects)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(objectDefinition), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "List objects" (GET /v2/metadefs/namespaces/{namespace_name}/objects)
    public Task<ApiResponse> ListObjectsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefObjects) { PathValues = Namespace(namespaceName) }, cancellationToken);

    /// api-ref: image/v2 "Show object" (GET /v2/metadefs/namespaces/{namespace_name}/objects/{object_name})
    public Task<ApiResponse> ShowObjectAsync(string namespaceName, string objectName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefObject) { PathValues = Object(namespaceName, objectName) }, cancellationToken);

    /// api-ref: image/v2 "Update object" (PUT /v2/metadefs/namespaces/{namespace_name}/objects/{object_name})
    /// <summary>Replaces an object's definition; what the new one leaves out is gone.</summary>
    public Task<ApiResponse> UpdateObjectAsync(string namespaceName, string objectName, JsonObject objectDefinition,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefObject)
        {
            PathValues = Object(namespaceName, objectName), Body = Utf8(objectDefinition), ContentType = Json,
        }, cancellationToken);

    /// api-ref: image/v2 "Delete object" (DELETE /v2/metadefs/namespaces/{namespace_name}/objects/{object_name})
    public Task<ApiResponse> DeleteObjectAsync(string namespaceName, string objectName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefObject) { PathValues = Object(namespaceName, objectName) }, cancellationToken);

    private static Dictionary<string, string> Object(string namespaceName, string objectName) =>
        Namespace(namespaceName, "object_name", objectName);
}
