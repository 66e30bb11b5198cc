using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Schemas;

/// <summary>
/// The one place that says which schema judges which response. Every JSON response of an operation
/// listed here is validated against both the schema Glance publishes and the project's strict layer.
/// </summary>
public static class SchemaMap
{
    // Declared before Rules, which is built from it: static initialisers run in the order written.
    /// <summary>The published schema names (<c>/v2/schemas/NAME</c>) the project pins.</summary>
    public static IReadOnlyList<string> PublishedSchemaNames { get; } =
    [
        "image", "images", "member", "members", "task", "tasks",
        "metadefs/namespace", "metadefs/namespaces", "metadefs/resource_type", "metadefs/resource_types",
        "metadefs/object", "metadefs/objects", "metadefs/property", "metadefs/properties",
        "metadefs/tag", "metadefs/tags",
    ];

    public static IReadOnlyList<SchemaRule> Rules { get; } =
    [
        new($"POST {Routes.Images}", 201, ["published/image", "strict/image"]),
        new($"GET {Routes.Image}", 200, ["published/image", "strict/image"]),
        new($"PATCH {Routes.Image}", 200, ["published/image", "strict/image"]),
        new($"GET {Routes.Images}", 200, ["published/images", "strict/images"]),
        new($"POST {Routes.ImageMembers}", 200, ["published/member", "strict/member"]),
        new($"GET {Routes.ImageMembers}", 200, ["published/members", "strict/members"]),
        new($"GET {Routes.ImageMember}", 200, ["published/member", "strict/member"]),
        new($"PUT {Routes.ImageMember}", 200, ["published/member", "strict/member"]),
        new($"GET {Routes.Versions}", 200, ["strict/versions"]),
        new($"GET {Routes.Root}", 300, ["strict/versions"]),
        new($"GET {Routes.Task}", 200, ["published/task", "strict/task"]),
        new($"POST {Routes.MetadefNamespaces}", 201, ["published/metadefs/namespace", "strict/metadef-namespace"]),
        new($"GET {Routes.MetadefNamespace}", 200, ["published/metadefs/namespace", "strict/metadef-namespace"]),
        new($"GET {Routes.MetadefNamespaces}", 200, ["published/metadefs/namespaces", "strict/metadef-namespaces"]),
        new($"POST {Routes.MetadefObjects}", 201, ["published/metadefs/object"]),
        new($"PUT {Routes.MetadefNamespace}", 200, ["published/metadefs/namespace", "strict/metadef-namespace"]),
        new($"GET {Routes.MetadefObjects}", 200, ["published/metadefs/objects"]),
        new($"GET {Routes.MetadefObject}", 200, ["published/metadefs/object"]),
        new($"PUT {Routes.MetadefObject}", 200, ["published/metadefs/object"]),
        new($"POST {Routes.MetadefProperties}", 201, ["published/metadefs/property"]),
        new($"GET {Routes.MetadefProperties}", 200, ["published/metadefs/properties"]),
        new($"GET {Routes.MetadefProperty}", 200, ["published/metadefs/property"]),
        new($"PUT {Routes.MetadefProperty}", 200, ["published/metadefs/property"]),
        new($"POST {Routes.MetadefTag}", 201, ["published/metadefs/tag"]),
        new($"GET {Routes.MetadefTag}", 200, ["published/metadefs/tag"]),
        new($"PUT {Routes.MetadefTag}", 200, ["published/metadefs/tag"]),
        new($"GET {Routes.MetadefTags}", 200, ["published/metadefs/tags"]),
        // Glance's "resource_types" schema describes a namespace's associations, not the list of resource types.
        new($"POST {Routes.MetadefNamespaceResourceTypes}", 201, ["published/metadefs/resource_type"]),
        new($"GET {Routes.MetadefNamespaceResourceTypes}", 200, ["published/metadefs/resource_types"]),
        .. PublishedSchemaNames.Select(name => new SchemaRule($"GET {Routes.Schema(name)}", 200, ["strict/schema-document"])),
    ];

    public static IReadOnlyList<string> SchemasFor(string operation, int status) =>
        Rules.Where(r => r.Status == status && string.Equals(r.Operation, operation, StringComparison.Ordinal))
            .SelectMany(r => r.Schemas).ToList();
}
