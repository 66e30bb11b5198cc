namespace Conformance.Tests.Capabilities.ImagesV2List;

/// <summary>The documented sort defaults: sort_key created_at, and the direction desc wherever none is given.</summary>
[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesDefaultSortTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac))]
    [ConformanceTest("A list without sort parameters MUST order its images newest first (sort_key created_at, sort_dir desc by default).",
        Operation = Operations.ImageList)]
    public async Task ListImages_WithoutSort_NewestFirst()
    {
        var images = await SharedAsync(SharedImageKinds.NamedBac);

        var listed = await Images.ListAllAsync([new("tag", images.Tag)], Cancellation);

        listed.Ids().Should().Equal(images.Created.Select(c => c.Id).Reverse(), "the default sort is created_at, descending");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac))]
    [ConformanceTest("A list with sort_key=name and no sort_dir MUST order its images by name, descending (the default direction).",
        Operation = Operations.ImageList)]
    public async Task ListImages_SortKeyWithoutDirection_Descending()
    {
        var images = await SharedAsync(SharedImageKinds.NamedBac);

        var listed = await Images.ListAllAsync([new("tag", images.Tag), new("sort_key", "name")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(images.Names.OrderDescending(StringComparer.Ordinal),
            "a sort key without a direction sorts descending");
    }
}
