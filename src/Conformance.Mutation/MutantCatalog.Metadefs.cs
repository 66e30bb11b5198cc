using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{

    private static ApiOperation UpdateMetadefNamespace => new("PUT", Routes.MetadefNamespace);
    private static ApiOperation ListMetadefObjects => new("GET", Routes.MetadefObjects);
    private static ApiOperation ShowMetadefObject => new("GET", Routes.MetadefObject);
    private static ApiOperation UpdateMetadefObject => new("PUT", Routes.MetadefObject);
    private static ApiOperation DeleteMetadefObject => new("DELETE", Routes.MetadefObject);
    private static ApiOperation CreateMetadefProperty => new("POST", Routes.MetadefProperties);
    private static ApiOperation ListMetadefProperties => new("GET", Routes.MetadefProperties);
    private static ApiOperation ShowMetadefProperty => new("GET", Routes.MetadefProperty);
    private static ApiOperation UpdateMetadefProperty => new("PUT", Routes.MetadefProperty);
    private static ApiOperation DeleteMetadefProperty => new("DELETE", Routes.MetadefProperty);
    private static ApiOperation CreateMetadefTag => new("POST", Routes.MetadefTag);
    private static ApiOperation ShowMetadefTag => new("GET", Routes.MetadefTag);
    private static ApiOperation UpdateMetadefTag => new("PUT", Routes.MetadefTag);
    private static ApiOperation DeleteMetadefTag => new("DELETE", Routes.MetadefTag);
    private static ApiOperation DeleteMetadefTags => new("DELETE", Routes.MetadefTags);
    private static ApiOperation ListResourceTypes => new("GET", Routes.MetadefResourceTypes);
    private static ApiOperation CreateResourceTypeAssociation => new("POST", Routes.MetadefNamespaceResourceTypes);
    private static ApiOperation ListResourceTypeAssociations => new("GET", Routes.MetadefNamespaceResourceTypes);
    private static ApiOperation DeleteResourceTypeAssociation => new("DELETE", Routes.MetadefNamespaceResourceType);

    /// <summary>Mutants of the metadata definitions catalog: namespace updates and access, objects, properties, tags, resource types.</summary>
    private static IEnumerable<IMutant> MetadefMutants() =>
    [
        new ForwardAsReadMutant("update-namespace-not-applied",
            "PUT /v2/metadefs/namespaces/{namespace_name}: forwarded as a GET, so it answers 200 with the unchanged namespace",
            UpdateMetadefNamespace),
        new StatusCodeMutant("update-namespace-409-to-200",
            "PUT /v2/metadefs/namespaces/{namespace_name}: a rename onto an existing name answers 200 instead of 409",
            UpdateMetadefNamespace, 409, 200),
        RequestHeaderMutant.Replace("create-namespace-member-as-admin",
            "POST /v2/metadefs/namespaces: the caller's X-Roles is forwarded as admin,member,reader, so a member may define namespaces",
            CreateNamespace, "X-Roles", AdminRoles),
        RequestHeaderMutant.Replace("show-namespace-as-admin",
            "GET /v2/metadefs/namespaces/{namespace_name}: the caller's X-Roles is forwarded as admin,member,reader, so another project's private namespace is shown",
            ShowNamespace, "X-Roles", AdminRoles),

        new JsonBodyMutant("list-metadef-objects-empty",
            "GET /v2/metadefs/namespaces/{namespace_name}/objects: the 200 list has an empty 'objects' array",
            ListMetadefObjects, 200, JsonEdit.Set("objects", new JsonArray())),
        new JsonBodyMutant("show-metadef-object-drops-properties",
            "GET /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}: the 200 object has no 'properties'",
            ShowMetadefObject, 200, JsonEdit.Remove("properties")),
        new StatusCodeMutant("show-missing-metadef-object-404-to-200",
            "GET /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}: a missing object answers 200 instead of 404",
            ShowMetadefObject, 404, 200),
        new ForwardAsReadMutant("update-metadef-object-not-applied",
            "PUT /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}: forwarded as a GET, so it answers 200 with the unchanged object",
            UpdateMetadefObject),
        new UnforwardedAnswerMutant("delete-metadef-object-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}: answers 204 without forwarding, so the object stays",
            DeleteMetadefObject, 204),
        new StatusCodeMutant("create-metadef-object-409-to-201",
            "POST /v2/metadefs/namespaces/{namespace_name}/objects: a duplicate object name answers 201 instead of 409",
            CreateMetadefObject, 409, 201),

        new LocalJsonAnswerMutant("create-metadef-property-not-stored",
            "POST /v2/metadefs/namespaces/{namespace_name}/properties: answers 201 with the request echoed, without forwarding",
            CreateMetadefProperty, 201, EchoedBody),
        new JsonBodyMutant("list-metadef-properties-empty",
            "GET /v2/metadefs/namespaces/{namespace_name}/properties: the 200 list has an empty 'properties' object",
            ListMetadefProperties, 200, JsonEdit.Set("properties", new JsonObject())),
        new JsonBodyMutant("show-metadef-property-drops-enum",
            "GET /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}: the 200 property has no 'enum' of allowed values",
            ShowMetadefProperty, 200, JsonEdit.Remove("enum")),
        new ForwardAsReadMutant("update-metadef-property-not-applied",
            "PUT /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}: forwarded as a GET, so it answers 200 with the unchanged property",
            UpdateMetadefProperty),
        new UnforwardedAnswerMutant("delete-metadef-property-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}: answers 204 without forwarding, so the property stays",
            DeleteMetadefProperty, 204),

        new LocalJsonAnswerMutant("create-metadef-tag-not-stored",
            "POST /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}: answers 201 with the tag named by the path, without forwarding",
            CreateMetadefTag, 201, TagNamedByPath),
        new StatusCodeMutant("create-metadef-tag-409-to-201",
            "POST /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}: a duplicate tag name answers 201 instead of 409",
            CreateMetadefTag, 409, 201),
        new JsonBodyMutant("show-metadef-tag-drops-name",
            "GET /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}: the 200 tag has no 'name'",
            ShowMetadefTag, 200, JsonEdit.Remove("name")),
        new ForwardAsReadMutant("update-metadef-tag-not-applied",
            "PUT /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}: forwarded as a GET, so it answers 200 with the tag unrenamed",
            UpdateMetadefTag),
        new UnforwardedAnswerMutant("delete-metadef-tag-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}: answers 204 without forwarding, so the tag stays",
            DeleteMetadefTag, 204),
        new UnforwardedAnswerMutant("delete-all-metadef-tags-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}/tags: answers 204 without forwarding, so every tag stays",
            DeleteMetadefTags, 204),

        new JsonBodyMutant("list-resource-types-empty",
            "GET /v2/metadefs/resource_types: the 200 list has an empty 'resource_types' array",
            ListResourceTypes, 200, JsonEdit.Set("resource_types", new JsonArray())),
        new LocalJsonAnswerMutant("create-resource-type-association-not-stored",
            "POST /v2/metadefs/namespaces/{namespace_name}/resource_types: answers 201 with the request echoed, without forwarding",
            CreateResourceTypeAssociation, 201, EchoedBody),
        new JsonBodyMutant("list-resource-type-associations-empty",
            "GET /v2/metadefs/namespaces/{namespace_name}/resource_types: the 200 list has an empty 'resource_type_associations' array",
            ListResourceTypeAssociations, 200, JsonEdit.Set("resource_type_associations", new JsonArray())),
        new UnforwardedAnswerMutant("delete-resource-type-association-not-applied",
            "DELETE /v2/metadefs/namespaces/{namespace_name}/resource_types/{name}: answers 204 without forwarding, so the association stays",
            DeleteResourceTypeAssociation, 204),
    ];

    // The tag a server that stores nothing could answer: named by the last path segment, as the client sent it.
    private static JsonObject? TagNamedByPath(ForwardedRequest request) =>
        request.Path.Split('/')[^1] is { Length: > 0 } last ? new JsonObject { ["name"] = Uri.UnescapeDataString(last) } : null;
}
