namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesSortTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac))]
    [ConformanceTest("A list with sort_key=name and sort_dir=asc MUST return its images in ascending order of name.",
        IdempotentId = "id-9faaa0c2-c3a5-43e1-8f61-61c54b409a49", Operation = Operations.ImageList)]
    public async Task ListImages_SortKeyNameAscending_ReturnsNamesAscending()
    {
        var images = await SharedAsync(SharedImageKinds.NamedBac);

        var listed = await Images.ListAllAsync([new("tag", images.Tag), new("sort_key", "name"), new("sort_dir", "asc")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(images.Names.Order(StringComparer.Ordinal),
            "sort_key=name&sort_dir=asc MUST order the list by name, ascending");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac))]
    [ConformanceTest("A list with sort=name:desc,created_at:asc MUST return its images in descending order of name.",
        IdempotentId = "id-eeadce49-04e0-43b7-aec7-52535d903e7a", Operation = Operations.ImageList)]
    public async Task ListImages_SortNameDescendingThenCreated_ReturnsNamesDescending()
    {
        var images = await SharedAsync(SharedImageKinds.NamedBac);

        var listed = await Images.ListAllAsync([new("tag", images.Tag), new("sort", "name:desc,created_at:asc")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(images.Names.OrderDescending(StringComparer.Ordinal),
            "sort=name:desc,created_at:asc MUST order the list by name, descending");
    }
}
