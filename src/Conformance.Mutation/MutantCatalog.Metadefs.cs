using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{


    /// <summary>Mutants of the metadata definitions catalog: namespace updates and access, objects, properties, tags, resource types.</summary>
    private static IEnumerable<IMutant> MetadefMutants() =>
    [
        new ForwardAsReadMutant("update-namespace-not-applied",
            "forwarded as a GET, so it answers 200 with the unchanged namespace",
            Operations.MetadefNamespaceUpdate),
        new StatusCodeMutant("update-namespace-409-to-200",
            "a rename onto an existing name answers 200 instead of 409",
            Operations.MetadefNamespaceUpdate, 409, 200),
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
        new StatusCodeMutant("show-missing-metadef-object-404-to-200",
            "a missing object answers 200 instead of 404",
            Operations.MetadefObjectShow, 404, 200),
        new ForwardAsReadMutant("update-metadef-object-not-applied",
            "forwarded as a GET, so it answers 200 with the unchanged object",
            Operations.MetadefObjectUpdate),
        new UnforwardedAnswerMutant("delete-metadef-object-not-applied",
            "answers 204 without forwarding, so the object stays",
            Operations.MetadefObjectDelete, 204),
        new StatusCodeMutant("create-metadef-object-409-to-201",
            "a duplicate object name answers 201 instead of 409",
            Operations.MetadefObjectCreate, 409, 201),

        new LocalJsonAnswerMutant("create-metadef-property-not-stored",
            "answers 201 with the request echoed, without forwarding",
            Operations.MetadefPropertyCreate, 201, EchoedBody),
        new JsonBodyMutant("list-metadef-properties-empty",
            "the 200 list has an empty 'properties' object",
            Operations.MetadefPropertyList, 200, JsonEdit.Set("properties", new JsonObject())),
        new JsonBodyMutant("show-metadef-property-drops-enum",
            "the 200 property has no 'enum' of allowed values",
            Operations.MetadefPropertyShow, 200, JsonEdit.Remove("enum")),
        new ForwardAsReadMutant("update-metadef-property-not-applied",
            "forwarded as a GET, so it answers 200 with the unchanged property",
            Operations.MetadefPropertyUpdate),
        new UnforwardedAnswerMutant("delete-metadef-property-not-applied",
            "answers 204 without forwarding, so the property stays",
            Operations.MetadefPropertyDelete, 204),

        new LocalJsonAnswerMutant("create-metadef-tag-not-stored",
            "answers 201 with the tag named by the path, without forwarding",
            Operations.MetadefTagCreate, 201, TagNamedByPath),
        new StatusCodeMutant("create-metadef-tag-409-to-201",
            "a duplicate tag name answers 201 instead of 409",
            Operations.MetadefTagCreate, 409, 201),
        new JsonBodyMutant("show-metadef-tag-drops-name",
            "the 200 tag has no 'name'",
            Operations.MetadefTagShow, 200, JsonEdit.Remove("name")),
        new ForwardAsReadMutant("update-metadef-tag-not-applied",
            "forwarded as a GET, so it answers 200 with the tag unrenamed",
            Operations.MetadefTagUpdate),
        new UnforwardedAnswerMutant("delete-metadef-tag-not-applied",
            "answers 204 without forwarding, so the tag stays",
            Operations.MetadefTagDelete, 204),
        new UnforwardedAnswerMutant("delete-all-metadef-tags-not-applied",
            "answers 204 without forwarding, so every tag stays",
            Operations.MetadefTagsDelete, 204),

        new JsonBodyMutant("list-resource-types-empty",
            "the 200 list has an empty 'resource_types' array",
            Operations.MetadefResourceTypeList, 200, JsonEdit.Set("resource_types", new JsonArray())),
        new LocalJsonAnswerMutant("create-resource-type-association-not-stored",
            "answers 201 with the request echoed, without forwarding",
            Operations.MetadefResourceTypeAssociationCreate, 201, EchoedBody),
        new JsonBodyMutant("list-resource-type-associations-empty",
            "the 200 list has an empty 'resource_type_associations' array",
            Operations.MetadefResourceTypeAssociationList, 200, JsonEdit.Set("resource_type_associations", new JsonArray())),
        new UnforwardedAnswerMutant("delete-resource-type-association-not-applied",
            "answers 204 without forwarding, so the association stays",
            Operations.MetadefResourceTypeAssociationDelete, 204),
    ];

    // The tag a server that stores nothing could answer: named by the last path segment, as the client sent it.
    private static JsonObject? TagNamedByPath(ForwardedRequest request) =>
        request.Path.Split('/')[^1] is { Length: > 0 } last ? new JsonObject { ["name"] = Uri.UnescapeDataString(last) } : null;
}
