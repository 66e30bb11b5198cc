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
        var tag = RunTag.Name(Session.Settings.RunId, "sort2-" + Guid.NewGuid().ToString("N")[..8]);
        var rawA = await CreateAsync(tag, "raw", "a");
        var qcowB = await CreateAsync(tag, "qcow2", "b");
        await Task.Delay(NextSecond, Cancellation);
        var qcowA = await CreateAsync(tag, "qcow2", "a");

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort", "disk_format:asc,name:asc")], Cancellation);

        listed.Ids().Should().Equal([qcowA, qcowB, rawA],
            "sort=disk_format:asc,name:asc MUST order qcow2 before raw and, among the qcow2 images, a before b");
    }

    private async Task<string> CreateAsync(string tag, string diskFormat, string suffix)
    {
        var request = TestImages.NewRequest($"{nameof(ListImages_SortByDiskFormatThenName_OrdersByBoth)}-{suffix}");
        request["disk_format"] = diskFormat;
        request["tags"] = new JsonArray(tag);
        return (await TestImages.CreateAsync(request, Cancellation)).Id;
    }
}
