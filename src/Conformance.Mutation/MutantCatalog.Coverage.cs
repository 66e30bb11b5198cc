using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Schemas;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    private static ApiOperation DeactivateImage => new("POST", Routes.ImageDeactivate);
    private static ApiOperation ReactivateImage => new("POST", Routes.ImageReactivate);
    private static ApiOperation ListImageTasks => new("GET", Routes.ImageTasks);
    private static ApiOperation ShowTask => new("GET", Routes.Task);
    private static ApiOperation CreateNamespace => new("POST", Routes.MetadefNamespaces);
    private static ApiOperation ListNamespaces => new("GET", Routes.MetadefNamespaces);
    private static ApiOperation DeleteNamespace => new("DELETE", Routes.MetadefNamespace);
    private static ApiOperation CreateMetadefObject => new("POST", Routes.MetadefObjects);
    private static ApiOperation ShowNamespace => new("GET", Routes.MetadefNamespace);
    private static ApiOperation DeleteFromStore => new("DELETE", Routes.StoreImage);
    private static ApiOperation CreateMetadefTags => new("POST", Routes.MetadefTags);
    private static ApiOperation ListStoresDetail => new("GET", Routes.InfoStoresDetail);
    private static ApiOperation ShowUsage => new("GET", Routes.InfoUsage);
    private static ApiOperation ListVersions => new("GET", Routes.Versions);
    private static ApiOperation ListVersionsAtRoot => new("GET", Routes.Root);

    /// <summary>Mutants of the rest of the API: image actions, hidden images, versions, schemas, tasks, metadefs.</summary>
    private static IEnumerable<IMutant> CoverageMutants() =>
    [
        new UnforwardedAnswerMutant("deactivate-not-applied",
            "POST /v2/images/{image_id}/actions/deactivate: answers 204 without forwarding, so the image stays active",
            DeactivateImage, 204),
        new StatusCodeMutant("download-deactivated-403-to-200",
            "GET /v2/images/{image_id}/file: a refused download (403, e.g. a deactivated image) answers 200 instead",
            DownloadData, 403, 200),
        new UnforwardedAnswerMutant("reactivate-not-applied",
            "POST /v2/images/{image_id}/actions/reactivate: answers 204 without forwarding, so the image stays deactivated",
            ReactivateImage, 204),
        new StatusCodeMutant("reactivate-204-to-200",
            "POST /v2/images/{image_id}/actions/reactivate: answers 200 instead of 204", ReactivateImage, 204, 200),

        IgnoredListParameter("os_hidden"),
        new QueryParameterAddMutant("list-includes-hidden",
            "GET /v2/images: a list without 'os_hidden' is forwarded with os_hidden=true, so it holds hidden images (and only those)",
            ListImages, "os_hidden", "true"),
        IgnoredListParameter("owner"),

        new JsonBodyMutant("versions-none-current",
            "GET /versions: every version of the 200 document has 'status' \"SUPPORTED\", so none is CURRENT",
            ListVersions, 200, JsonEdit.Set("versions/*/status", "SUPPORTED")),
        new StatusCodeMutant("root-versions-300-to-200",
            "GET /: the versions document answers 200 instead of 300 Multiple Choices", ListVersionsAtRoot, 300, 200),
        new JsonBodyMutant("root-versions-drops-current",
            "GET /: the 300 versions document leaves out its CURRENT version",
            ListVersionsAtRoot, 300, JsonEdit.Rewrite("versions", WithoutCurrent)),

        new JsonBodyMutant("image-tasks-empty",
            "GET /v2/images/{image_id}/tasks: the 200 list has an empty 'tasks' array, so the image's import is not listed",
            ListImageTasks, 200, JsonEdit.Set("tasks", new JsonArray())),
        new JsonBodyMutant("image-tasks-status-failure",
            "GET /v2/images/{image_id}/tasks: every task of the 200 list has 'status' \"failure\"",
            ListImageTasks, 200, JsonEdit.Set("tasks/*/status", "failure")),
        new StatusCodeMutant("image-tasks-404-to-200",
            "GET /v2/images/{image_id}/tasks: a missing image answers 200 instead of 404", ListImageTasks, 404, 200),
        new JsonBodyMutant("show-task-status-failure",
            "GET /v2/tasks/{task_id}: the 200 task has 'status' \"failure\"", ShowTask, 200, JsonEdit.Set("status", "failure")),
        new JsonBodyMutant("show-task-status-outside-enum",
            "GET /v2/tasks/{task_id}: the 200 task has 'status' \"finished\", outside the schema's enum",
            ShowTask, 200, JsonEdit.Set("status", "finished")),

        new StatusCodeMutant("create-namespace-201-to-200",
            "POST /v2/metadefs/namespaces: answers 200 instead of 201", CreateNamespace, 201, 200),
        new LocalJsonAnswerMutant("create-namespace-not-stored",
            "POST /v2/metadefs/namespaces: answers 201 with the request echoed, without forwarding, so no namespace is made",
            CreateNamespace, 201, EchoedBody),
        new JsonBodyMutant("list-namespaces-empty",
            "GET /v2/metadefs/namespaces: the 200 list has an empty 'namespaces' array",
            ListNamespaces, 200, JsonEdit.Set("namespaces", new JsonArray())),
        new JsonBodyMutant("list-namespaces-drops-first",
            "GET /v2/metadefs/namespaces: the 200 list has no 'first' link", ListNamespaces, 200, JsonEdit.Remove("first")),
        new JsonBodyMutant("show-namespace-visibility-outside-enum",
            "GET /v2/metadefs/namespaces/{namespace_name}: the 200 namespace has 'visibility' \"everyone\", outside the schema's enum",
            ShowNamespace, 200, JsonEdit.Set("visibility", "everyone")),
        new UnforwardedAnswerMutant("delete-namespace-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}: answers 204 without forwarding, so the namespace stays",
            DeleteNamespace, 204),
        new LocalJsonAnswerMutant("create-metadef-object-not-stored",
            "POST /v2/metadefs/namespaces/{namespace_name}/objects: answers 201 with the request echoed, without forwarding",
            CreateMetadefObject, 201, EchoedBody),
        new LocalJsonAnswerMutant("create-metadef-tags-not-stored",
            "POST /v2/metadefs/namespaces/{namespace_name}/tags: answers 201 with the request echoed, without forwarding",
            CreateMetadefTags, 201, EchoedBody),

        new JsonBodyMutant("stores-detail-drops-type",
            "GET /v2/info/stores/detail: every store of the 200 detail has no 'type' field",
            ListStoresDetail, 200, JsonEdit.Remove("stores/*/type")),
        new JsonBodyMutant("usage-drops-usage",
            "GET /v2/info/usage: the 200 answer has no 'usage' object", ShowUsage, 200, JsonEdit.Remove("usage")),

        new UnforwardedAnswerMutant("delete-from-store-not-applied",
            "DELETE /v2/stores/{store_id}/{image_id}: answers 204 without forwarding, so the image stays in that store",
            DeleteFromStore, 204),
        new StatusCodeMutant("delete-from-store-204-to-200",
            "DELETE /v2/stores/{store_id}/{image_id}: answers 200 instead of 204", DeleteFromStore, 204, 200),

        .. SchemaMap.PublishedSchemaNames.Where(n => n is not ("image" or "images")).Select(SchemaDropsProperty),
    ];

    private static JsonBodyMutant SchemaDropsProperty(string schemaName) =>
        new($"{schemaName.Replace('/', '-').Replace('_', '-')}-schema-drops-property",
            $"GET /v2/schemas/{schemaName}: the 200 schema leaves out its first property",
            new ApiOperation("GET", Routes.Schema(schemaName)), 200, JsonEdit.Rewrite("properties", WithoutFirst));

    private static JsonNode? WithoutFirst(JsonNode document, JsonNode? properties) =>
        properties is JsonObject { Count: > 0 } all
            ? new JsonObject(all.Skip(1).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
            : properties;

    // The request's own JSON object, as a server that stores nothing could answer a create.
    private static JsonObject? EchoedBody(ForwardedRequest request)
    {
        try
        {
            return request.Body is { Length: > 0 } body ? JsonNode.Parse(body) as JsonObject : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static JsonNode? WithoutCurrent(JsonNode document, JsonNode? versions) =>
        versions is JsonArray all
            ? new JsonArray(all.Where(v => v?["status"]?.ToString() != "CURRENT").Select(v => v?.DeepClone()).ToArray())
            : versions;
}
