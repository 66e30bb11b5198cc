using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesBySizeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(TwoLarger))]
    [ConformanceTest("A list filtered by size MUST return only images of exactly that size.",
        IdempotentId = "id-cf1b9a48-8340-480e-af7b-fe7e17690876", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySize_ReturnsOnlyThatSize()
    {
        var (sized, other, _) = await ThreeSizesAsync();
        var size = sized.Data.Length;

        await Images.ShouldFilterAsync([new("size", Text(size))], i => i.Size() == size, sized.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(TwoLarger))]
    [ConformanceTest("A list filtered by size_min and size_max MUST return only images whose size lies within both bounds.",
        IdempotentId = "id-4ad8c157-971a-4ba8-aa84-ed61154b1e7f", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySizeRange_ReturnsOnlySizesWithin()
    {
        var (below, within, above) = await ThreeSizesAsync();
        long min = below.Data.Length + (Step / 2), max = within.Data.Length + (Step / 2);

        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, below.Id, Cancellation);
        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, above.Id, Cancellation);
    }

    private const int Step = 100;

    private sealed record Three(ImageWithData Smallest, ImageWithData Middle, ImageWithData Largest);

    private sealed record Two(ImageWithData Smaller, ImageWithData Larger);

    // Three sizes, each at least Step bytes above the one before: the shared active image (no larger than
    // ActiveMaxBytes) and two more above it. The size filter's match and counter-example, and the range filter's
    // image below, within and above; the active image saves the cloud a create and an upload.
    private async Task<Three> ThreeSizesAsync()
    {
        var smallest = await SharedAsync(SharedImageKinds.Active);
        var (middle, largest) = await SharedAsync(TwoLarger);
        return new Three(smallest, middle, largest);
    }

    // Active images of a random size above the shared active image's largest and Step bytes more, uploaded at once.
    private static readonly SharedImageKind<Two> TwoLarger = new("two-larger", Persona.Member, async (_, images, ct) =>
    {
        var middle = TestImages.RandomSize(SharedImageKinds.ActiveMaxBytes + Step, 60_000);
        var made = await Task.WhenAll(new[] { middle, middle + Step }.Select(async size =>
        {
            var data = TestImages.RandomData(size);
            return new ImageWithData(await images.CreateActiveAsync(data, ct), data);
        }));
        return new Two(made[0], made[1]);
    });

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
