using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Recording;
using Conformance.Runner.Tests.Mutation;
using Conformance.Tests.Framework;
using Microsoft.AspNetCore.Http;
using RestSharp;

namespace Conformance.Runner.Tests.Framework;

/// <summary>How the tests walk image lists: bounded, skipped as not practical past the bound, stopped once enough is seen.</summary>
public sealed class ImagePagesTests
{
    [Test]
    public async Task ListAll_ListLongerThanTheBound_SkipsAsNotPractical()
    {
        await using var server = await EndlessListAsync();
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));

        var walk = () => ClientOf(rest).ListAllAsync([], CancellationToken.None);

        (await walk.Should().ThrowAsync<IgnoreException>()).Which.Message.Should().StartWith(Skip.Words(SkipKind.NotPractical));
        server.Received.Count.Should().Be(ImagePages.MaxPages, "the walk stops at the bound");
    }

    [Test]
    public async Task ListUntilSeen_ImagesOnTheFirstPages_StopsThere()
    {
        await using var server = await EndlessListAsync();
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));

        var listed = await ClientOf(rest).ListUntilSeenAsync([], ["image-2", "image-3"], CancellationToken.None);

        listed.Ids().Should().Equal("image-1", "image-2", "image-3");
        server.Received.Count.Should().Be(3);
    }

    [Test]
    public async Task ListAll_NextLinkGivenTwice_Fails()
    {
        await using var server = await FakeUpstream.StartAsync((context, _) =>
            Page(context, 1, next: "/v2/images?marker=image-1"), CancellationToken.None);
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));

        var walk = () => ClientOf(rest).ListAllAsync([], CancellationToken.None);

        await walk.Should().ThrowAsync<AssertionException>();
    }

    // A list that never ends: page n holds image-n and links to page n+1.
    private static Task<FakeUpstream> EndlessListAsync() =>
        FakeUpstream.StartAsync((context, _) =>
        {
            var marker = context.Request.Query["marker"].ToString();
            var page = marker.Length == 0 ? 1 : int.Parse(marker["image-".Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
            return Page(context, page, next: $"/v2/images?marker=image-{page}");
        }, CancellationToken.None);

    private static async Task Page(HttpContext context, int page, string next)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"images": [{"id": "image-{{page}}"}], "next": "{{next}}", "schema": "/v2/schemas/images"}""");
    }

    private static ImagesClient ClientOf(RestClient rest) =>
        new(new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, _ => { }, 1024));
}
