namespace Conformance.Tests.Capabilities;

/// <summary>The capabilities tests prove: the interop guideline's image capabilities first.</summary>
public static class CapabilityNames
{
    public const string ImagesV2Index = "images-v2-index";
    public const string ImagesV2List = "images-v2-list";
    public const string ImagesV2Get = "images-v2-get";
    public const string ImagesV2Update = "images-v2-update";
    public const string ImagesV2Delete = "images-v2-delete";
    public const string ImagesV2Import = "images-v2-import";

    // Beyond the interop guideline, named in the same style.

    /// <summary>Image data: upload and download, ranges, integrity, size and media-type limits.</summary>
    public const string ImagesV2Data = "images-v2-data";
    /// <summary>The interoperable image import API: staging, import methods, stores.</summary>
    public const string ImagesV2InteropImport = "images-v2-interop-import";
    /// <summary>Image sharing: members and their status.</summary>
    public const string ImagesV2Members = "images-v2-members";
    /// <summary>Who may see and change an image: visibility across projects, authentication.</summary>
    public const string ImagesV2Access = "images-v2-access";
    /// <summary>API version discovery: the versions document at /versions and at the root.</summary>
    public const string ImagesV2Versions = "images-v2-versions";
    /// <summary>The published JSON schemas of images, members, tasks and metadata definitions.</summary>
    public const string ImagesV2Schemas = "images-v2-schemas";
    /// <summary>Tasks: the asynchronous work on images, such as imports, and the tasks API.</summary>
    public const string ImagesV2Tasks = "images-v2-tasks";
    /// <summary>The metadata definitions catalog: namespaces, objects, properties, tags.</summary>
    public const string ImagesV2Metadefs = "images-v2-metadefs";
    /// <summary>Discovery beyond import: store details and quota usage.</summary>
    public const string ImagesV2Info = "images-v2-info";
    /// <summary>The image cache API: queueing images for caching, listing and removing cached images.</summary>
    public const string ImagesV2Cache = "images-v2-cache";
    /// <summary>The locations API (API 2.17): adding a location to a queued image, listing an image's locations.</summary>
    public const string ImagesV2Locations = "images-v2-locations";
}
