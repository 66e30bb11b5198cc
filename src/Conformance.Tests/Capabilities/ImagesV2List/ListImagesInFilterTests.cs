namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesInFilterTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Queued), nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Private))]
    [ConformanceTest("A list filtered by name=in:a,b MUST return only images named a or b, including both.",
        Operation = Operations.ImageList)]
    public async Task ListImages_NameInTwoNames_ReturnsImagesOfEither()
    {
        var (first, second, other) = await ThreePlainAsync();
        var names = new[] { first.Body.Text("name")!, second.Body.Text("name")! };

        await ShouldListInAsync("name", names, i => names.Contains(i.Text("name")), first, second, other);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Queued), nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Private))]
    [ConformanceTest("A list filtered by id=in:a,b MUST return exactly the images with id a or b.",
        Operation = Operations.ImageList)]
    public async Task ListImages_IdInTwoIds_ReturnsThoseImages()
    {
        var (first, second, other) = await ThreePlainAsync();
        var ids = new[] { first.Id, second.Id };

        await ShouldListInAsync("id", ids, i => ids.Contains(i.Text("id")), first, second, other);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.SecondFormats), nameof(ThirdFormats), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by disk_format=in:a,b MUST return only images with disk format a or b, including both.",
        Operation = Operations.ImageList)]
    public async Task ListImages_DiskFormatInTwoFormats_ReturnsImagesOfEither()
    {
        var allowed = Require.DistinctDiskFormats(3);
        var formats = new[] { allowed[1], allowed[2] };
        var (second, third) = (await SharedAsync(SharedImageKinds.SecondFormats), await SharedAsync(ThirdFormats));
        var other = await SharedAsync(SharedImageKinds.Queued);

        await ShouldListInAsync("disk_format", formats, i => formats.Contains(i.Text("disk_format")), second.OfDisk, third.OfDisk, other);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.SecondFormats), nameof(ThirdFormats), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by container_format=in:a,b MUST return only images with container format a or b, including both.",
        Operation = Operations.ImageList)]
    public async Task ListImages_ContainerFormatInTwoFormats_ReturnsImagesOfEither()
    {
        var allowed = Require.DistinctContainerFormats(3);
        var formats = new[] { allowed[1], allowed[2] };
        var (second, third) = (await SharedAsync(SharedImageKinds.SecondFormats), await SharedAsync(ThirdFormats));
        var other = await SharedAsync(SharedImageKinds.Queued);

        await ShouldListInAsync("container_format", formats, i => formats.Contains(i.Text("container_format")), second.OfContainer, third.OfContainer, other);
    }

    private sealed record Three(CreatedImage First, CreatedImage Second, CreatedImage Other);

    // Three images of the cloud's test formats, for the name and id tests: shared ones that other kinds' readers read too.
    private async Task<Three> ThreePlainAsync() => new(
        await SharedAsync(SharedImageKinds.Queued), (await SharedAsync(SharedImageKinds.Active)).Image, await SharedAsync(SharedImageKinds.Private));

    // The format tests read the second formats (SharedImageKinds) and these: each format's third value; the queued
    // image, of the test images' own formats, matches neither.
    private static readonly SharedImageKind<FormatImages> ThirdFormats = SharedImageKinds.FormatsAt("third-formats", 2);

    // The whole list holds only matching images, both of the test's matching ones, and not its other one.
    private async Task ShouldListInAsync(string parameter, IEnumerable<string> values, Func<JsonObject, bool> matches,
        CreatedImage first, CreatedImage second, CreatedImage other)
    {
        var filter = $"in:{string.Join(',', values)}";

        var listed = await Images.ListAllAsync([new(parameter, filter)], Cancellation);

        listed.Should().OnlyContain(i => matches(i), "a list filtered by {0}={1} MUST return only images that match one of its values", parameter, filter);
        listed.Ids().Should().Contain([first.Id, second.Id], "a list filtered by {0}={1} MUST include images matching each of its values", parameter, filter);
        listed.Ids().Should().NotContain(other.Id, "a list filtered by {0}={1} MUST leave out an image matching none of them", parameter, filter);
    }
}
