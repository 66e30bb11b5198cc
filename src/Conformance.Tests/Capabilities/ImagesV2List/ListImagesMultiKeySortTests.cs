namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesMultiKeySortTests : ConformanceTestBase
{
    // Glance keeps times to the second: after this pause the next image has a later created_at.
    private static readonly TimeSpan NextSecond = TimeSpan.FromMilliseconds(1100);

    [ConformanceTest("A list with sort=disk_format:asc,name:asc MUST order by disk format and, within one disk format, by name.",
        Operation = Operations.ImageList)]
    public async Task ListImages_SortByDiskFormatThenName_OrdersByBoth()
    {
        // Two disk formats the cloud allows, in the order sort=disk_format:asc puts them (ordinal, as the database compares).
        var formats = Require.DistinctDiskFormats(2).Order(StringComparer.Ordinal).ToList();
        var (earlier, later) = (formats[0], formats[1]);
        // Created in the order (earlier) c, (later) a, (earlier) b, (earlier) d, so that the expected order (b, c, d,
        // then a) differs from every order a server gives when it ignores a key: the default order (newest first),
        // creation order, disk format alone (c, b, d or d, b, c, whichever way it breaks ties by time),
        // name alone (a first) and the reverse of either key.
        var tag = RunTag.Name(Session.Settings.ResourceTag, "sort2-" + Guid.NewGuid().ToString("N")[..8]);
        var earlierC = await CreateAsync(tag, earlier, "c");
        await Task.Delay(NextSecond, Cancellation);
        var laterA = await CreateAsync(tag, later, "a");
        await Task.Delay(NextSecond, Cancellation);
        var earlierB = await CreateAsync(tag, earlier, "b");
        await Task.Delay(NextSecond, Cancellation);
        var earlierD = await CreateAsync(tag, earlier, "d");

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort", "disk_format:asc,name:asc")], Cancellation);

        listed.Ids().Should().Equal([earlierB, earlierC, earlierD, laterA],
            "sort=disk_format:asc,name:asc MUST order {0} before {1} and, among the {0} images, b before c before d", earlier, later);
    }

    private async Task<string> CreateAsync(string tag, string diskFormat, string suffix)
    {
        var request = TestImages.NewRequest($"{nameof(ListImages_SortByDiskFormatThenName_OrdersByBoth)}-{suffix}");
        request["disk_format"] = diskFormat;
        request["tags"] = new JsonArray(tag);
        return (await TestImages.CreateAsync(request, Cancellation)).Id;
    }
}
