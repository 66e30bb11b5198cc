namespace Conformance.Tests.Capabilities.ImagesV2Import;

/// <summary>The defaults the api-ref states for an image created without the field, as created, shown and listed.</summary>
[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class CreateImageDefaultsTests : ConformanceTestBase
{
    // One create answer, show and list prove every default here; each test still judges it alone against its mutant.
    private static readonly SharedImageKind<ImageViews> CreatedWithoutOptionalFields = new("created-without-optional-fields",
        Persona.Member, (images, testImages, ct) => ImageViews.CreateAsync(images, testImages, testImages.NewRequest(), ct));

    [ReadsSharedImages(nameof(CreatedWithoutOptionalFields))]
    [ConformanceTest("An image created without protected, min_disk, min_ram or tags MUST have protected false, min_disk 0, min_ram 0 and no tags, as created, shown and listed.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_WithoutOptionalFields_DocumentedDefaults()
    {
        var views = await SharedAsync(CreatedWithoutOptionalFields);

        views.ShouldHold("protected", false, "protected defaults to false");
        views.ShouldHold("min_disk", 0, "a new image needs no disk unless asked");
        views.ShouldHold("min_ram", 0, "a new image needs no RAM unless asked");
        views.ShouldHold("tags", new JsonArray(), "a new image without tags has none");
    }

    [ReadsSharedImages(nameof(CreatedWithoutOptionalFields))]
    [ConformanceTest("An image created without visibility MUST be shared (the default since API 2.5), as created, shown and listed.",
        Operation = Operations.ImageCreate)]
    [MinApiVersion("2.5")]
    public async Task CreateImage_WithoutVisibility_IsShared()
    {
        var views = await SharedAsync(CreatedWithoutOptionalFields);

        views.ShouldHold("visibility", "shared", "since API 2.5 the default visibility is shared");
    }

    [ReadsSharedImages(nameof(CreatedWithoutOptionalFields))]
    [ConformanceTest("An image created without data MUST be queued, with size, virtual_size and checksum null, as created, shown and listed.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_WithoutData_QueuedWithNullDataFields()
    {
        var views = await SharedAsync(CreatedWithoutOptionalFields);

        views.ShouldHold("status", "queued", "an image without data is queued");
        views.ShouldHold("size", null, "an image without data has no size");
        views.ShouldHold("virtual_size", null, "an image without data has no virtual size");
        views.ShouldHold("checksum", null, "an image without data has no checksum");
    }

    [ReadsSharedImages(nameof(CreatedWithoutOptionalFields))]
    [ConformanceTest("An image created without os_hidden MUST NOT be hidden, and without data MUST have os_hash_algo and os_hash_value null (API 2.7+), as created, shown and listed.",
        Operation = Operations.ImageCreate)]
    [MinApiVersion("2.7")]
    public async Task CreateImage_WithoutOsHidden_NotHiddenWithNullHash()
    {
        var views = await SharedAsync(CreatedWithoutOptionalFields);

        views.ShouldHold("os_hidden", false, "an image is hidden only when asked");
        views.ShouldHold("os_hash_algo", null, "an image without data has no hash yet");
        views.ShouldHold("os_hash_value", null, "an image without data has no hash yet");
    }
}
