using System.Text.Json.Nodes;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesSortTests : ConformanceTestBase
{
    [ConformanceTest("A list with sort_key=name and sort_dir=asc MUST return its images in ascending order of name.",
        IdempotentId = "id-9faaa0c2-c3a5-43e1-8f61-61c54b409a49", Operation = Operations.ImageList)]
    public async Task ListImages_SortKeyNameAscending_ReturnsNamesAscending()
    {
        var (tag, names) = await CreateNamedAsync();

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort_key", "name"), new("sort_dir", "asc")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(names.Order(StringComparer.Ordinal),
            "sort_key=name&sort_dir=asc MUST order the list by name, ascending");
    }

    [ConformanceTest("A list with sort=name:desc,created_at:asc MUST return its images in descending order of name.",
        IdempotentId = "id-eeadce49-04e0-43b7-aec7-52535d903e7a", Operation = Operations.ImageList)]
    public async Task ListImages_SortNameDescendingThenCreated_ReturnsNamesDescending()
    {
        var (tag, names) = await CreateNamedAsync();

        var listed = await Images.ListAllAsync([new("tag", tag), new("sort", "name:desc,created_at:asc")], Cancellation);

        listed.Select(i => i.Text("name")).Should().Equal(names.OrderDescending(StringComparer.Ordinal),
            "sort=name:desc,created_at:asc MUST order the list by name, descending");
    }

    // Three images under one tag, created in the order b, a, c: neither the default order (newest first)
    // nor its reverse is sorted by name either way, so only a list that really sorts passes.
    private async Task<(string Tag, IReadOnlyList<string> Names)> CreateNamedAsync()
    {
        var tag = RunTag.Name(Session.Settings.ResourceTag, "sort-" + Guid.NewGuid().ToString("N")[..8]);
        var names = new List<string>();
        foreach (var suffix in new[] { "b", "a", "c" })
        {
            var request = TestImages.NewRequest($"{TestContext.CurrentContext.Test.MethodName}-{suffix}");
            request["tags"] = new JsonArray(tag);
            var image = await TestImages.CreateAsync(request, Cancellation);
            names.Add(image.Body.Text("name")!);
        }
        return (tag, names);
    }
}
