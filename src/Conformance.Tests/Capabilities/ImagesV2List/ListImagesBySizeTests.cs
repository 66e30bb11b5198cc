using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesBySizeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(Larger))]
    [ConformanceTest("A list filtered by size MUST return only images of exactly that size.",
        IdempotentId = "id-cf1b9a48-8340-480e-af7b-fe7e17690876", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySize_ReturnsOnlyThatSize()
    {
        var (sized, other) = await TwoSizesAsync();
        var size = sized.Data.Length;

        await Images.ShouldFilterAsync([new("size", Text(size))], i => i.Size() == size, sized.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(Larger))]
    [ConformanceTest("A list filtered by size_min and size_max MUST return only images whose size lies within both bounds.",
        IdempotentId = "id-4ad8c157-971a-4ba8-aa84-ed61154b1e7f", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySizeRange_ReturnsOnlySizesWithin()
    {
        var (smaller, larger) = await TwoSizesAsync();
        long small = smaller.Data.Length, large = larger.Data.Length, half = Step / 2;

        // A range around the larger image leaves out the smaller one (below size_min), one around the smaller image
        // the larger one (above size_max).
        await Images.ShouldFilterAsync([new("size_min", Text(small + half)), new("size_max", Text(large + half))],
            i => i.Size() >= small + half && i.Size() <= large + half, larger.Id, smaller.Id, Cancellation);
        await Images.ShouldFilterAsync([new("size_min", Text(small - half)), new("size_max", Text(small + half))],
            i => i.Size() >= small - half && i.Size() <= small + half, smaller.Id, larger.Id, Cancellation);
    }

    private const int Step = 100;

    // Two sizes at least Step bytes apart: the shared active image (no larger than ActiveMaxBytes) and one above it,
    // each the other's counter-example; the active image saves the cloud a create and an upload.
    private async Task<(ImageWithData Smaller, ImageWithData Larger)> TwoSizesAsync() =>
        (await SharedAsync(SharedImageKinds.Active), await SharedAsync(Larger));

    // An active image of a random size at least Step bytes above the shared active image's largest.
    private static readonly SharedImageKind<ImageWithData> Larger = new("larger", Persona.Member, async (_, images, ct) =>
    {
        var data = TestImages.RandomData(TestImages.RandomSize(SharedImageKinds.ActiveMaxBytes + Step, 60_000));
        return new ImageWithData(await images.CreateActiveAsync(data, ct), data);
    });

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
