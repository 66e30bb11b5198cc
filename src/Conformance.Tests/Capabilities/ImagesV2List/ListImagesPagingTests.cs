namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesPagingTests : ConformanceTestBase
{
    private const int PageSize = 2;

    // Two pages hold the three images; the bound leaves room for a trailing empty page and stops a walk that never ends.
    private const int MaxPages = 5;

    // The three images under one tag that the sort tests read: more than a page, fewer than the bound's pages.
    [ReadsSharedImages(nameof(SharedImageKinds.NamedBac))]
    [ConformanceTest("Following next links from the first page with a small limit MUST yield every image exactly once and then end.",
        Operation = Operations.ImageList)]
    public async Task ListImages_WalkingNextLinksWithSmallLimit_YieldsEveryImageOnce()
    {
        var tagged = await SharedAsync(SharedImageKinds.NamedBac);
        var created = tagged.Created.Select(c => c.Id).ToList();

        var (seen, pages, next) = await WalkAsync([new("tag", tagged.Tag), new("limit", $"{PageSize}")]);

        seen.Should().OnlyHaveUniqueItems("a walk over next links MUST NOT repeat an image (pages walked: {0})", pages);
        seen.Should().Contain(created, "a walk over next links MUST reach every image");
        next.Should().BeNull("the walk MUST end: after {0} pages for {1} images there was still a next link", pages, created.Count);
    }

    // Walks from the first page while there is a next link, stopping at the first repeated image or at the bound.
    private async Task<(List<string> Seen, int Pages, string? Next)> WalkAsync(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var seen = new List<string>();
        var response = await Images.ListImagesAsync(query, Cancellation);
        for (var page = 1; ; page++)
        {
            response.ShouldHaveStatus(200, "every page of a list MUST answer 200");
            var ids = response.JsonObject["images"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
            var repeated = ids.Any(seen.Contains);
            seen.AddRange(ids);
            var next = response.JsonObject["next"]?.GetValue<string>();
            if (next is null || repeated || page == MaxPages)
            {
                return (seen, page, next);
            }
            response = await Images.ListImagesPageAsync(next, Cancellation);
        }
    }
}
