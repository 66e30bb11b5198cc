namespace Conformance.ImagesApi.Http;

/// <summary>
/// Every operation of the Images API v2, spelled as reports, tests and mutants name it
/// (<c>GET /v2/images/{image_id}/file</c>, the spelling of <see cref="ApiRequest.Operation"/>):
/// a method and one of <see cref="Routes"/>' templates, as constants so that attributes can use them.
/// Named after the API reference's titles, resource first.
/// </summary>
public static class Operations
{
    public const string VersionsRoot = "GET " + Routes.Root;
    public const string VersionsList = "GET " + Routes.Versions;

    public const string ImageCreate = "POST " + Routes.Images;
    public const string ImageList = "GET " + Routes.Images;
    public const string ImageShow = "GET " + Routes.Image;
    public const string ImageUpdate = "PATCH " + Routes.Image;
    public const string ImageDelete = "DELETE " + Routes.Image;
    public const string ImageDeactivate = "POST " + Routes.ImageDeactivate;
    public const string ImageReactivate = "POST " + Routes.ImageReactivate;
    public const string ImageTaskList = "GET " + Routes.ImageTasks;
    public const string ImageLocationAdd = "POST " + Routes.ImageLocations;
    public const string ImageLocationList = "GET " + Routes.ImageLocations;

    public const string ImageFileUpload = "PUT " + Routes.ImageFile;
    public const string ImageFileDownload = "GET " + Routes.ImageFile;
    public const string ImageStage = "PUT " + Routes.ImageStage;
    public const string ImageImport = "POST " + Routes.ImageImport;

    public const string ImageTagAdd = "PUT " + Routes.ImageTag;
    public const string ImageTagDelete = "DELETE " + Routes.ImageTag;

    public const string MemberCreate = "POST " + Routes.ImageMembers;
    public const string MemberList = "GET " + Routes.ImageMembers;
    public const string MemberShow = "GET " + Routes.ImageMember;
    public const string MemberUpdate = "PUT " + Routes.ImageMember;
    public const string MemberDelete = "DELETE " + Routes.ImageMember;

    public const string InfoImportShow = "GET " + Routes.InfoImport;
    public const string InfoStoresList = "GET " + Routes.InfoStores;
    public const string InfoStoresDetailList = "GET " + Routes.InfoStoresDetail;
    public const string InfoUsageShow = "GET " + Routes.InfoUsage;
    public const string StoreImageDelete = "DELETE " + Routes.StoreImage;

    public const string TaskCreate = "POST " + Routes.Tasks;
    public const string TaskList = "GET " + Routes.Tasks;
    public const string TaskShow = "GET " + Routes.Task;

    public const string CacheList = "GET " + Routes.Cache;
    public const string CacheClear = "DELETE " + Routes.Cache;
    public const string CacheClean = "POST " + Routes.CacheClean;
    public const string CachePrune = "POST " + Routes.CachePrune;
    public const string CachedImageQueue = "PUT " + Routes.CachedImage;
    public const string CachedImageDelete = "DELETE " + Routes.CachedImage;

    public const string MetadefNamespaceCreate = "POST " + Routes.MetadefNamespaces;
    public const string MetadefNamespaceList = "GET " + Routes.MetadefNamespaces;
    public const string MetadefNamespaceShow = "GET " + Routes.MetadefNamespace;
    public const string MetadefNamespaceUpdate = "PUT " + Routes.MetadefNamespace;
    public const string MetadefNamespaceDelete = "DELETE " + Routes.MetadefNamespace;

    public const string MetadefObjectCreate = "POST " + Routes.MetadefObjects;
    public const string MetadefObjectList = "GET " + Routes.MetadefObjects;
    public const string MetadefObjectShow = "GET " + Routes.MetadefObject;
    public const string MetadefObjectUpdate = "PUT " + Routes.MetadefObject;
    public const string MetadefObjectDelete = "DELETE " + Routes.MetadefObject;

    public const string MetadefPropertyCreate = "POST " + Routes.MetadefProperties;
    public const string MetadefPropertyList = "GET " + Routes.MetadefProperties;
    public const string MetadefPropertyShow = "GET " + Routes.MetadefProperty;
    public const string MetadefPropertyUpdate = "PUT " + Routes.MetadefProperty;
    public const string MetadefPropertyDelete = "DELETE " + Routes.MetadefProperty;

    public const string MetadefTagsCreate = "POST " + Routes.MetadefTags;
    public const string MetadefTagList = "GET " + Routes.MetadefTags;
    public const string MetadefTagsDelete = "DELETE " + Routes.MetadefTags;
    public const string MetadefTagCreate = "POST " + Routes.MetadefTag;
    public const string MetadefTagShow = "GET " + Routes.MetadefTag;
    public const string MetadefTagUpdate = "PUT " + Routes.MetadefTag;
    public const string MetadefTagDelete = "DELETE " + Routes.MetadefTag;

    public const string MetadefResourceTypeList = "GET " + Routes.MetadefResourceTypes;
    public const string MetadefResourceTypeAssociationCreate = "POST " + Routes.MetadefNamespaceResourceTypes;
    public const string MetadefResourceTypeAssociationList = "GET " + Routes.MetadefNamespaceResourceTypes;
    public const string MetadefResourceTypeAssociationDelete = "DELETE " + Routes.MetadefNamespaceResourceType;

    public const string ImageSchemaShow = "GET " + Routes.ImageSchema;
    public const string ImagesSchemaShow = "GET " + Routes.ImagesSchema;
    public const string MemberSchemaShow = "GET " + Routes.MemberSchema;
    public const string MembersSchemaShow = "GET " + Routes.MembersSchema;
    public const string TaskSchemaShow = "GET " + Routes.TaskSchema;
    public const string TasksSchemaShow = "GET " + Routes.TasksSchema;
    public const string MetadefNamespaceSchemaShow = "GET " + Routes.MetadefNamespaceSchema;
    public const string MetadefNamespacesSchemaShow = "GET " + Routes.MetadefNamespacesSchema;
    public const string MetadefResourceTypeSchemaShow = "GET " + Routes.MetadefResourceTypeSchema;
    public const string MetadefResourceTypesSchemaShow = "GET " + Routes.MetadefResourceTypesSchema;
    public const string MetadefObjectSchemaShow = "GET " + Routes.MetadefObjectSchema;
    public const string MetadefObjectsSchemaShow = "GET " + Routes.MetadefObjectsSchema;
    public const string MetadefPropertySchemaShow = "GET " + Routes.MetadefPropertySchema;
    public const string MetadefPropertiesSchemaShow = "GET " + Routes.MetadefPropertiesSchema;
    public const string MetadefTagSchemaShow = "GET " + Routes.MetadefTagSchema;
    public const string MetadefTagsSchemaShow = "GET " + Routes.MetadefTagsSchema;
}
