using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;

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

    // The image fields API 2.7 brought (os_hidden, os_hash_algo, os_hash_value), required only from 2.7 on.
    private const string StrictImage27 = "strict/image-2.7";
    private const string StrictImages27 = "strict/images-2.7";

    /// <summary>Strict schemas that hold only from an API version on; before it they are left out.</summary>
    public static IReadOnlyDictionary<string, ApiVersion> Since { get; } = new Dictionary<string, ApiVersion>(StringComparer.Ordinal)
    {
        [StrictImage27] = new(2, 7),
        [StrictImages27] = new(2, 7),
    };

    /// <summary>A published schema: the cloud's own once known, with the pinned core of it (see <see cref="SchemaResponseValidator"/>).</summary>
    private static IReadOnlyList<string> Published(string name) => [SchemaCatalog.PublishedPrefix + name, SchemaCatalog.CorePrefix + name];

    public static IReadOnlyList<SchemaRule> Rules { get; } =
    [
        new(Operations.ImageCreate, 201, [.. Published("image"), "strict/image", StrictImage27]),
        new(Operations.ImageShow, 200, [.. Published("image"), "strict/image", StrictImage27]),
        new(Operations.ImageUpdate, 200, [.. Published("image"), "strict/image", StrictImage27]),
        new(Operations.ImageList, 200, [.. Published("images"), "strict/images", StrictImages27]),
        new(Operations.MemberCreate, 200, [.. Published("member"), "strict/member"]),
        new(Operations.MemberList, 200, [.. Published("members"), "strict/members"]),
        new(Operations.MemberShow, 200, [.. Published("member"), "strict/member"]),
        new(Operations.MemberUpdate, 200, [.. Published("member"), "strict/member"]),
        new(Operations.VersionsList, 200, ["strict/versions"]),
        new(Operations.VersionsRoot, 300, ["strict/versions"]),
        new(Operations.TaskShow, 200, [.. Published("task"), "strict/task"]),
        new(Operations.MetadefNamespaceCreate, 201, [.. Published("metadefs/namespace"), "strict/metadef-namespace"]),
        new(Operations.MetadefNamespaceShow, 200, [.. Published("metadefs/namespace"), "strict/metadef-namespace"]),
        new(Operations.MetadefNamespaceList, 200, [.. Published("metadefs/namespaces"), "strict/metadef-namespaces"]),
        new(Operations.MetadefObjectCreate, 201, [.. Published("metadefs/object")]),
        new(Operations.MetadefNamespaceUpdate, 200, [.. Published("metadefs/namespace"), "strict/metadef-namespace"]),
        new(Operations.MetadefObjectList, 200, [.. Published("metadefs/objects")]),
        new(Operations.MetadefObjectShow, 200, [.. Published("metadefs/object")]),
        new(Operations.MetadefObjectUpdate, 200, [.. Published("metadefs/object")]),
        new(Operations.MetadefPropertyCreate, 201, [.. Published("metadefs/property")]),
        new(Operations.MetadefPropertyList, 200, [.. Published("metadefs/properties")]),
        new(Operations.MetadefPropertyShow, 200, [.. Published("metadefs/property")]),
        new(Operations.MetadefPropertyUpdate, 200, [.. Published("metadefs/property")]),
        new(Operations.MetadefTagCreate, 201, [.. Published("metadefs/tag")]),
        new(Operations.MetadefTagShow, 200, [.. Published("metadefs/tag")]),
        new(Operations.MetadefTagUpdate, 200, [.. Published("metadefs/tag")]),
        new(Operations.MetadefTagList, 200, [.. Published("metadefs/tags")]),
        // Glance's "resource_types" schema describes a namespace's associations, not the list of resource types.
        new(Operations.MetadefResourceTypeAssociationCreate, 201, [.. Published("metadefs/resource_type")]),
        new(Operations.MetadefResourceTypeAssociationList, 200, [.. Published("metadefs/resource_types")]),
        .. PublishedSchemaNames.Select(name => new SchemaRule($"GET {Routes.Schema(name)}", 200, ["strict/schema-document"])),
    ];

    public static IReadOnlyList<string> SchemasFor(string operation, int status) =>
        Rules.Where(r => r.Status == status && string.Equals(r.Operation, operation, StringComparison.Ordinal))
            .SelectMany(r => r.Schemas).ToList();
}
