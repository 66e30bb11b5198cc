using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesBySizeTests : ConformanceTestBase
{
    [ConformanceTest("A list filtered by size MUST return only images of exactly that size.",
        IdempotentId = "id-cf1b9a48-8340-480e-af7b-fe7e17690876", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySize_ReturnsOnlyThatSize()
    {
        var size = TestImages.RandomSize(1_000, 60_000);
        var sized = await TestImages.CreateActiveAsync(TestImages.RandomData(size), Cancellation);
        var other = await TestImages.CreateActiveAsync(TestImages.RandomData(size + 1), Cancellation);

        await Images.ShouldFilterAsync([new("size", Text(size))], i => i.Size() == size, sized.Id, other.Id, Cancellation);
    }

    [ConformanceTest("A list filtered by size_min and size_max MUST return only images whose size lies within both bounds.",
        IdempotentId = "id-4ad8c157-971a-4ba8-aa84-ed61154b1e7f", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredBySizeRange_ReturnsOnlySizesWithin()
    {
        var smallest = TestImages.RandomSize(1_000, 60_000);
        var below = await TestImages.CreateActiveAsync(TestImages.RandomData(smallest), Cancellation);
        var within = await TestImages.CreateActiveAsync(TestImages.RandomData(smallest + 100), Cancellation);
        var above = await TestImages.CreateActiveAsync(TestImages.RandomData(smallest + 200), Cancellation);
        long min = smallest + 50, max = smallest + 150;

        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, below.Id, Cancellation);
        await Images.ShouldFilterAsync([new("size_min", Text(min)), new("size_max", Text(max))],
            i => i.Size() >= min && i.Size() <= max, within.Id, above.Id, Cancellation);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
