using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The objects of a metadata definition namespace (<c>/v2/metadefs/namespaces/{namespace_name}/objects</c>).</summary>
public sealed partial class MetadefsClient
{
    public Task<ApiResponse> CreateObjectAsync(string namespaceName, JsonObject objectDefinition, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.MetadefObjects)
        {
            PathValues = Namespace(namespaceName), Body = Utf8(objectDefinition), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> ListObjectsAsync(string namespaceName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefObjects) { PathValues = Namespace(namespaceName) }, cancellationToken);

    public Task<ApiResponse> ShowObjectAsync(string namespaceName, string objectName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.MetadefObject) { PathValues = Object(namespaceName, objectName) }, cancellationToken);

    /// <summary>Replaces an object's definition; what the new one leaves out is gone.</summary>
    public Task<ApiResponse> UpdateObjectAsync(string namespaceName, string objectName, JsonObject objectDefinition,
        CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.MetadefObject)
        {
            PathValues = Object(namespaceName, objectName), Body = Utf8(objectDefinition), ContentType = Json,
        }, cancellationToken);

    public Task<ApiResponse> DeleteObjectAsync(string namespaceName, string objectName, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("DELETE", Routes.MetadefObject) { PathValues = Object(namespaceName, objectName) }, cancellationToken);

    private static Dictionary<string, string> Object(string namespaceName, string objectName) =>
        Namespace(namespaceName, "object_name", objectName);
}
