using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesBySizeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(ThreeSizes))]
    [ConformanceTest("A list filtered by size MUST return only images of exactly that size.",
        IdempotentId = "id-cf1b9a48-8340-480e-af7b-fe7e17690876", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySize_ReturnsOnlyThatSize()
    {
        var (sized, other, _) = await SharedAsync(ThreeSizes);
        var size = sized.Data.Length;

        await Images.ShouldFilterAsync([new("size", Text(size))], i => i.Size() == size, sized.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(ThreeSizes))]
    [ConformanceTest("A list filtered by size_min and size_max MUST return only images whose size lies within both bounds.",
        IdempotentId = "id-4ad8c157-971a-4ba8-aa84-ed61154b1e7f", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySizeRange_ReturnsOnlySizesWithin()
    {
        var (below, within, above) = await SharedAsync(ThreeSizes);
        long min = below.Data.Length + (Step / 2), max = within.Data.Length + (Step / 2);

        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, below.Id, Cancellation);
        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, above.Id, Cancellation);
    }

    private const int Step = 100;

    private sealed record Three(ImageWithData Smallest, ImageWithData Middle, ImageWithData Largest);

    // Active images of a random size and Step and twice Step bytes more, uploaded at once: the size filter's match and
    // counter-example, and the range filter's image below, within and above.
    private static readonly SharedImageKind<Three> ThreeSizes = new("three-sizes", Persona.Member, async (_, images, ct) =>
    {
        var smallest = TestImages.RandomSize(1_000, 60_000);
        var made = await Task.WhenAll(new[] { smallest, smallest + Step, smallest + (2 * Step) }.Select(async size =>
        {
            var data = TestImages.RandomData(size);
            return new ImageWithData(await images.CreateActiveAsync(data, ct), data);
        }));
        return new Three(made[0], made[1], made[2]);
    });

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
