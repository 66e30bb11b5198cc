namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesByTagTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by tag MUST return only images that carry that tag.",
        IdempotentId = "id-aa8ac4df-cff9-418b-8d0f-dd9c67b072c9", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByTag_ReturnsOnlyImagesWithThatTag()
    {
        var (tag, tagged) = await SharedAsync(SharedImageKinds.NamedBac);
        // Without that tag, with another: a filter that matched any tagged image would list it.
        var untagged = await SharedAsync(SharedImageKinds.Queued);

        await Images.ShouldFilterAsync([new("tag", tag)], i => i.Tags().Contains(tag), tagged[0].Id, untagged.Id, Cancellation);
    }
}
