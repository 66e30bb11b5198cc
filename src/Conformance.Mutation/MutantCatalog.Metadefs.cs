using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{


    /// <summary>Mutants of the metadata definitions catalog: namespace updates and access, objects, properties, tags, resource types.</summary>
    private static IEnumerable<IMutant> MetadefMutants() =>
    [
        ForwardedAsRead("update-namespace-not-applied", Operations.MetadefNamespaceUpdate, "the unchanged namespace"),
        StatusRewrite("update-namespace-409-to-200", Operations.MetadefNamespaceUpdate, "a rename onto an existing name answers 200 instead of 409"),
        RequestHeaderMutant.Replace("create-namespace-member-as-admin",
            "the caller's X-Roles is forwarded as admin,member,reader, so a member may define namespaces",
            Operations.MetadefNamespaceCreate, "X-Roles", AdminRoles),
        RequestHeaderMutant.Replace("show-namespace-as-admin",
            "the caller's X-Roles is forwarded as admin,member,reader, so another project's private namespace is shown",
            Operations.MetadefNamespaceShow, "X-Roles", AdminRoles),

        new JsonBodyMutant("list-metadef-objects-empty",
            "the 200 list has an empty 'objects' array",
            Operations.MetadefObjectList, 200, JsonEdit.Set("objects", new JsonArray())),
        new JsonBodyMutant("show-metadef-object-drops-properties",
            "the 200 object has no 'properties'",
            Operations.MetadefObjectShow, 200, JsonEdit.Remove("properties")),
        StatusRewrite("show-missing-metadef-object-404-to-200", Operations.MetadefObjectShow, "a missing object answers 200 instead of 404"),
        ForwardedAsRead("update-metadef-object-not-applied", Operations.MetadefObjectUpdate, "the unchanged object"),
        NotForwarded("delete-metadef-object-not-applied", Operations.MetadefObjectDelete, 204, "so the object stays"),
        StatusRewrite("create-metadef-object-409-to-201", Operations.MetadefObjectCreate, "a duplicate object name answers 201 instead of 409"),

        EchoedCreate("create-metadef-property-not-stored", Operations.MetadefPropertyCreate),
        new JsonBodyMutant("list-metadef-properties-empty",
            "the 200 list has an empty 'properties' object",
            Operations.MetadefPropertyList, 200, JsonEdit.Set("properties", new JsonObject())),
        new JsonBodyMutant("show-metadef-property-drops-enum",
            "the 200 property has no 'enum' of allowed values",
            Operations.MetadefPropertyShow, 200, JsonEdit.Remove("enum")),
        ForwardedAsRead("update-metadef-property-not-applied", Operations.MetadefPropertyUpdate, "the unchanged property"),
        NotForwarded("delete-metadef-property-not-applied", Operations.MetadefPropertyDelete, 204, "so the property stays"),

        new LocalJsonAnswerMutant("create-metadef-tag-not-stored",
            "answers 201 with the tag named by the path, without forwarding",
            Operations.MetadefTagCreate, 201, TagNamedByPath),
        StatusRewrite("create-metadef-tag-409-to-201", Operations.MetadefTagCreate, "a duplicate tag name answers 201 instead of 409"),
        new JsonBodyMutant("show-metadef-tag-drops-name",
            "the 200 tag has no 'name'",
            Operations.MetadefTagShow, 200, JsonEdit.Remove("name")),
        ForwardedAsRead("update-metadef-tag-not-applied", Operations.MetadefTagUpdate, "the tag unrenamed"),
        NotForwarded("delete-metadef-tag-not-applied", Operations.MetadefTagDelete, 204, "so the tag stays"),
        NotForwarded("delete-all-metadef-tags-not-applied", Operations.MetadefTagsDelete, 204, "so every tag stays"),

        new JsonBodyMutant("list-resource-types-empty",
            "the 200 list has an empty 'resource_types' array",
            Operations.MetadefResourceTypeList, 200, JsonEdit.Set("resource_types", new JsonArray())),
        EchoedCreate("create-resource-type-association-not-stored", Operations.MetadefResourceTypeAssociationCreate),
        new JsonBodyMutant("list-resource-type-associations-empty",
            "the 200 list has an empty 'resource_type_associations' array",
            Operations.MetadefResourceTypeAssociationList, 200, JsonEdit.Set("resource_type_associations", new JsonArray())),
        NotForwarded("delete-resource-type-association-not-applied", Operations.MetadefResourceTypeAssociationDelete, 204, "so the association stays"),
    ];

    // The tag a server that stores nothing could answer: named by the last path segment, as the client sent it.
    private static JsonObject? TagNamedByPath(ForwardedRequest request) =>
        request.Path.Split('/')[^1] is { Length: > 0 } last ? new JsonObject { ["name"] = Uri.UnescapeDataString(last) } : null;
}
