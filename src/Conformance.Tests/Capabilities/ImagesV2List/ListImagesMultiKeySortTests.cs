using System.Text.Json.Nodes;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesMultiKeySortTests : ConformanceTestBase
{
    // Glance keeps times to the second: after this pause the next image has a later created_at.
    private static readonly TimeSpan NextSecond = TimeSpan.FromMilliseconds(1100);

    [ConformanceTest("A list with sort=disk_format:asc,name:asc MUST order by disk format and, within one disk format, by name.",
        Operation = "GET /v2/images")]
    public async Task ListImages_SortByDiskFormatThenName_OrdersByBoth()
    {
        // Within qcow2, 'b' is created before 'a': a list that ignores the second key orders them by time instead.
        // Two disk formats the cloud allows, in the order sort=disk_format:asc puts them (ordinal, as the database compares).
        var formats = Require.DistinctDiskFormats(2).Order(StringComparer.Ordinal).ToList();
        var (earlier, later) = (formats[0], formats[1]);
        var tag = RunTag.Name(Session.Settings.RunId, "sort2-" + Guid.NewGuid().ToString("N")[..8]);
        var laterA = await CreateAsync(tag, later, "a");
        var earlierB = await CreateAsync(tag, earlier, "b");
        await Task.Delay(NextSecond, Cancellation);
        var earlierA = await CreateAsync(tag, earlier, "a");

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort", "disk_format:asc,name:asc")], Cancellation);

        listed.Ids().Should().Equal([earlierA, earlierB, laterA],
            "sort=disk_format:asc,name:asc MUST order {0} before {1} and, among the {0} images, a before b", earlier, later);
    }

    private async Task<string> CreateAsync(string tag, string diskFormat, string suffix)
    {
        var request = TestImages.NewRequest($"{nameof(ListImages_SortByDiskFormatThenName_OrdersByBoth)}-{suffix}");
        request["disk_format"] = diskFormat;
        request["tags"] = new JsonArray(tag);
        return (await TestImages.CreateAsync(request, Cancellation)).Id;
    }
}
