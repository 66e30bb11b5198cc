using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesLimitTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list with limit=1 MUST return at most one image and, when more exist, a next link to the rest.",
        IdempotentId = "id-e914a891-3cc8-4b40-ad32-e0a39ffbddbb", Operation = Operations.ImageList)]
    public async Task ListImages_WithLimit_BoundsCountAndLinksNextPage()
    {
        // Two images of the run exist, so a page of one leaves one for the next page.
        await SharedAsync(SharedImageKinds.Queued);
        await SharedAsync(SharedImageKinds.Active);

        for (var walk = 1; ; walk++)
        {
            var response = await Images.ListImagesAsync([new("limit", "1")], Cancellation);

            response.ShouldHaveStatus(200, "a list with a limit MUST answer 200");
            var first = response.JsonObject["images"]!.AsArray();
            first.Should().HaveCount(1, "limit=1 MUST bound the page to one image");
            var next = response.JsonObject["next"]?.GetValue<string>();
            next.Should().NotBeNull("at least two images exist, so a page of one MUST link to the next");
            var firstId = first[0]!["id"]!.GetValue<string>();
            if (await Images.FollowAsync(next!, firstId, Cancellation) is not { } nextPage)
            {
                ImagePages.SkipWhenWalkedTooOften(walk, "the list with limit=1");
                continue;
            }
            ShouldBeTheNextPage(nextPage, firstId);
            return;
        }
    }

    private static void ShouldBeTheNextPage(ApiResponse nextPage, string firstId)
    {
        nextPage.ShouldHaveStatus(200, "the next link MUST resolve");
        nextPage.JsonObject["images"]!.AsArray().Should().ContainSingle("the next page keeps the limit")
            .Which!["id"]!.GetValue<string>().Should().NotBe(firstId, "the next page MUST NOT repeat the first");
    }
}
