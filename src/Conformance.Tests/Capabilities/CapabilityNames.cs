namespace Conformance.Tests.Capabilities;

/// <summary>The interop guideline's names of the image capabilities.</summary>
public static class CapabilityNames
{
    public const string ImagesV2Index = "images-v2-index";
    public const string ImagesV2List = "images-v2-list";
    public const string ImagesV2Get = "images-v2-get";
    public const string ImagesV2Update = "images-v2-update";
    public const string ImagesV2Delete = "images-v2-delete";
    public const string ImagesV2Import = "images-v2-import";
}
