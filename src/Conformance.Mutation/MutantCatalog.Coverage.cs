using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Schemas;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{

    /// <summary>Mutants of the rest of the API: image actions, hidden images, versions, schemas, tasks, metadefs.</summary>
    private static IEnumerable<IMutant> CoverageMutants() =>
    [
        NotForwarded("deactivate-not-applied", Operations.ImageDeactivate, 204, "so the image stays active"),
        StatusRewrite("download-deactivated-403-to-200", Operations.ImageFileDownload, "a refused download (403, e.g. a deactivated image) answers 200 instead"),
        NotForwarded("reactivate-not-applied", Operations.ImageReactivate, 204, "so the image stays deactivated"),
        StatusRewrite("reactivate-204-to-200", Operations.ImageReactivate, "answers 200 instead of 204"),

        IgnoredListParameter("os_hidden"),
        new QueryParameterAddMutant("list-includes-hidden",
            "a list without 'os_hidden' is forwarded with os_hidden=true, so it holds hidden images (and only those)",
            Operations.ImageList, "os_hidden", "true"),
        IgnoredListParameter("owner"),

        new JsonBodyMutant("versions-none-current",
            "every version of the 200 document has 'status' \"SUPPORTED\", so none is CURRENT",
            Operations.VersionsList, 200, JsonEdit.Set("versions/*/status", "SUPPORTED")),
        StatusRewrite("root-versions-300-to-200", Operations.VersionsRoot, "the versions document answers 200 instead of 300 Multiple Choices"),
        new JsonBodyMutant("root-versions-drops-current",
            "the 300 versions document leaves out its CURRENT version",
            Operations.VersionsRoot, 300, JsonEdit.Rewrite("versions", WithoutCurrent)),

        new JsonBodyMutant("image-tasks-empty",
            "the 200 list has an empty 'tasks' array, so the image's import is not listed",
            Operations.ImageTaskList, 200, JsonEdit.Set("tasks", new JsonArray())),
        new JsonBodyMutant("image-tasks-status-failure",
            "every task of the 200 list has 'status' \"failure\"",
            Operations.ImageTaskList, 200, JsonEdit.Set("tasks/*/status", "failure")),
        StatusRewrite("image-tasks-404-to-200", Operations.ImageTaskList, "a missing image answers 200 instead of 404"),
        new JsonBodyMutant("show-task-status-failure",
            "the 200 task has 'status' \"failure\"", Operations.TaskShow, 200, JsonEdit.Set("status", "failure")),
        new JsonBodyMutant("show-task-status-outside-enum",
            "the 200 task has 'status' \"finished\", outside the schema's enum",
            Operations.TaskShow, 200, JsonEdit.Set("status", "finished")),

        StatusRewrite("create-namespace-201-to-200", Operations.MetadefNamespaceCreate, "answers 200 instead of 201"),
        EchoedCreate("create-namespace-not-stored", Operations.MetadefNamespaceCreate, "so no namespace is made"),
        new JsonBodyMutant("list-namespaces-empty",
            "the 200 list has an empty 'namespaces' array",
            Operations.MetadefNamespaceList, 200, JsonEdit.Set("namespaces", new JsonArray())),
        new JsonBodyMutant("list-namespaces-drops-first",
            "the 200 list has no 'first' link", Operations.MetadefNamespaceList, 200, JsonEdit.Remove("first")),
        new JsonBodyMutant("show-namespace-visibility-outside-enum",
            "the 200 namespace has 'visibility' \"everyone\", outside the schema's enum",
            Operations.MetadefNamespaceShow, 200, JsonEdit.Set("visibility", "everyone")),
        NotForwarded("delete-namespace-not-applied", Operations.MetadefNamespaceDelete, 204, "so the namespace stays"),
        EchoedCreate("create-metadef-object-not-stored", Operations.MetadefObjectCreate),
        EchoedCreate("create-metadef-tags-not-stored", Operations.MetadefTagsCreate),

        new JsonBodyMutant("stores-detail-drops-type",
            "every store of the 200 detail has no 'type' field",
            Operations.InfoStoresDetailList, 200, JsonEdit.Remove("stores/*/type")),
        new JsonBodyMutant("usage-drops-usage",
            "the 200 answer has no 'usage' object", Operations.InfoUsageShow, 200, JsonEdit.Remove("usage")),

        NotForwarded("delete-from-store-not-applied", Operations.StoreImageDelete, 204, "so the image stays in that store"),
        StatusRewrite("delete-from-store-204-to-200", Operations.StoreImageDelete, "answers 200 instead of 204"),

        .. SchemaMap.PublishedSchemaNames.Where(n => n is not ("image" or "images")).Select(SchemaDropsProperty),
    ];

    private static JsonBodyMutant SchemaDropsProperty(string schemaName) =>
        new($"{schemaName.Replace('/', '-').Replace('_', '-')}-schema-drops-property",
            "the 200 schema leaves out its first property",
            new ApiOperation("GET", Routes.Schema(schemaName)), 200, JsonEdit.Rewrite("properties", WithoutFirst));

    private static JsonNode? WithoutFirst(JsonNode document, JsonNode? properties) =>
        properties is JsonObject { Count: > 0 } all
            ? new JsonObject(all.Skip(1).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
            : properties;

    // A create answered with the request's own document, as a server that stores nothing could answer it.
    private static LocalJsonAnswerMutant EchoedCreate(string name, string operation, string? consequence = null) =>
        new(name, "answers 201 with the request echoed, without forwarding" + (consequence is null ? string.Empty : ", " + consequence),
            operation, 201, EchoedBody);

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
