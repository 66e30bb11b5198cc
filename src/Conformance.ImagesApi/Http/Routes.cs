namespace Conformance.ImagesApi.Http;

/// <summary>The route templates of the Images API v2, spelled as in the API reference.</summary>
public static class Routes
{
    public const string Root = "/";
    public const string Versions = "/versions";

    public const string Images = "/v2/images";
    public const string Image = "/v2/images/{image_id}";
    public const string ImageFile = "/v2/images/{image_id}/file";
    public const string ImageTag = "/v2/images/{image_id}/tags/{tag}";
    public const string ImageMembers = "/v2/images/{image_id}/members";
    public const string ImageMember = "/v2/images/{image_id}/members/{member_id}";
    public const string ImageStage = "/v2/images/{image_id}/stage";
    public const string ImageImport = "/v2/images/{image_id}/import";
    public const string ImageDeactivate = "/v2/images/{image_id}/actions/deactivate";
    public const string ImageReactivate = "/v2/images/{image_id}/actions/reactivate";
    public const string ImageTasks = "/v2/images/{image_id}/tasks";
    public const string ImageLocations = "/v2/images/{image_id}/locations";

    public const string InfoImport = "/v2/info/import";
    public const string InfoStores = "/v2/info/stores";
    public const string InfoStoresDetail = "/v2/info/stores/detail";
    public const string InfoUsage = "/v2/info/usage";
    public const string StoreImage = "/v2/stores/{store_id}/{image_id}";

    public const string Tasks = "/v2/tasks";
    public const string Task = "/v2/tasks/{task_id}";

    public const string Cache = "/v2/cache";
    public const string CachedImage = "/v2/cache/{image_id}";
    public const string CacheClean = "/v2/cache/clean";
    public const string CachePrune = "/v2/cache/prune";

    public const string MetadefNamespaces = "/v2/metadefs/namespaces";
    public const string MetadefNamespace = "/v2/metadefs/namespaces/{namespace_name}";
    public const string MetadefObjects = "/v2/metadefs/namespaces/{namespace_name}/objects";
    public const string MetadefObject = "/v2/metadefs/namespaces/{namespace_name}/objects/{object_name}";
    public const string MetadefProperties = "/v2/metadefs/namespaces/{namespace_name}/properties";
    public const string MetadefProperty = "/v2/metadefs/namespaces/{namespace_name}/properties/{property_name}";
    public const string MetadefTags = "/v2/metadefs/namespaces/{namespace_name}/tags";
    public const string MetadefTag = "/v2/metadefs/namespaces/{namespace_name}/tags/{tag_name}";
    public const string MetadefNamespaceResourceTypes = "/v2/metadefs/namespaces/{namespace_name}/resource_types";
    public const string MetadefNamespaceResourceType = "/v2/metadefs/namespaces/{namespace_name}/resource_types/{name}";
    public const string MetadefResourceTypes = "/v2/metadefs/resource_types";

    public const string ImageSchema = "/v2/schemas/image";
    public const string ImagesSchema = "/v2/schemas/images";
    public const string MemberSchema = "/v2/schemas/member";
    public const string MembersSchema = "/v2/schemas/members";
    public const string TaskSchema = "/v2/schemas/task";
    public const string TasksSchema = "/v2/schemas/tasks";
    public const string MetadefNamespaceSchema = "/v2/schemas/metadefs/namespace";
    public const string MetadefNamespacesSchema = "/v2/schemas/metadefs/namespaces";
    public const string MetadefResourceTypeSchema = "/v2/schemas/metadefs/resource_type";
    public const string MetadefResourceTypesSchema = "/v2/schemas/metadefs/resource_types";
    public const string MetadefObjectSchema = "/v2/schemas/metadefs/object";
    public const string MetadefObjectsSchema = "/v2/schemas/metadefs/objects";
    public const string MetadefPropertySchema = "/v2/schemas/metadefs/property";
    public const string MetadefPropertiesSchema = "/v2/schemas/metadefs/properties";
    public const string MetadefTagSchema = "/v2/schemas/metadefs/tag";
    public const string MetadefTagsSchema = "/v2/schemas/metadefs/tags";

    /// <summary>The path of a published schema, e.g. <c>image</c> or <c>metadefs/namespace</c>.</summary>
    public static string Schema(string name) => "/v2/schemas/" + name;

    /// <summary>
    /// Every route template above, for tools that must name the operation of any request they see
    /// (schema routes are literal paths, listed from <see cref="Schemas.SchemaMap.PublishedSchemaNames"/>).
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Root, Versions,
        Images, Image, ImageFile, ImageTag, ImageMembers, ImageMember, ImageStage, ImageImport,
        ImageDeactivate, ImageReactivate, ImageTasks, ImageLocations,
        InfoImport, InfoStores, InfoStoresDetail, InfoUsage, StoreImage,
        Tasks, Task, Cache, CachedImage, CacheClean, CachePrune,
        MetadefNamespaces, MetadefNamespace, MetadefObjects, MetadefObject, MetadefProperties, MetadefProperty,
        MetadefTags, MetadefTag, MetadefNamespaceResourceTypes, MetadefNamespaceResourceType, MetadefResourceTypes,
        .. Schemas.SchemaMap.PublishedSchemaNames.Select(Schema),
    ];
}
