using System.Text.Json.Nodes;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Tests.Capabilities.ImagesV2List;

/// <summary>The documented sort defaults: sort_key created_at, and the direction desc wherever none is given.</summary>
[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesDefaultSortTests : ConformanceTestBase
{
    // Glance keeps times to the second: after this pause the next image has a later created_at.
    private static readonly TimeSpan NextSecond = TimeSpan.FromMilliseconds(1100);

    [ConformanceTest("A list without sort parameters MUST order its images newest first (sort_key created_at, sort_dir desc by default).",
        Operation = Operations.ImageList)]
    public async Task ListImages_WithoutSort_NewestFirst()
    {
        var (tag, created) = await CreateNamedAsync(pause: true);

        var listed = await Images.ListAllAsync([new("tag", tag)], Cancellation);

        listed.Ids().Should().Equal(created.Select(c => c.Id).Reverse(), "the default sort is created_at, descending");
    }

    [ConformanceTest("A list with sort_key=name and no sort_dir MUST order its images by name, descending (the default direction).",
        Operation = Operations.ImageList)]
    public async Task ListImages_SortKeyWithoutDirection_Descending()
    {
        var (tag, created) = await CreateNamedAsync(pause: false);

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort_key", "name")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(created.Select(c => c.Body.Text("name")).OrderDescending(StringComparer.Ordinal),
            "a sort key without a direction sorts descending");
    }

    // Three images under one tag, created in the order b, a, c: neither name order is creation order or its
    // reverse, so a list sorted by the wrong key or in the wrong direction cannot pass.
    private async Task<(string Tag, IReadOnlyList<CreatedImage> Created)> CreateNamedAsync(bool pause)
    {
        var tag = RunTag.Name(Session.Settings.ResourceTag, "dsort-" + Guid.NewGuid().ToString("N")[..8]);
        var created = new List<CreatedImage>();
        foreach (var suffix in new[] { "b", "a", "c" })
        {
            if (pause && created.Count > 0)
            {
                await Task.Delay(NextSecond, Cancellation);
            }
            var request = TestImages.NewRequest($"{TestContext.CurrentContext.Test.MethodName}-{suffix}");
            request["tags"] = new JsonArray(tag);
            created.Add(await TestImages.CreateAsync(request, Cancellation));
        }
        return (tag, created);
    }
}
