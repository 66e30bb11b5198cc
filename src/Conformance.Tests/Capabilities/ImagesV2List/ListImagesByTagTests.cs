namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesByTagTests : ConformanceTestBase
{
    [ConformanceTest("A list filtered by tag MUST return only images that carry that tag.",
        IdempotentId = "id-aa8ac4df-cff9-418b-8d0f-dd9c67b072c9", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByTag_ReturnsOnlyImagesWithThatTag()
    {
        var tag = RunTag.Name(Session.Settings.ResourceTag, "tag-" + Guid.NewGuid().ToString("N")[..8]);
        var tagged = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag, "conformance"));
        var untagged = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray("conformance"));

        await Images.ShouldFilterAsync([new("tag", tag)], i => i.Tags().Contains(tag), tagged.Id, untagged.Id, Cancellation);
    }
}
