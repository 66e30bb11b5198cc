using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Recording;
using Conformance.Runner.Tests.Mutation;
using Conformance.Tests.Standards.Scs;
using Conformance.Tests.Standards.Scs.Checks;
using Microsoft.AspNetCore.Http;
using RestSharp;

namespace Conformance.Runner.Tests.Standards;

/// <summary>
/// The image set of the SCS checks ends with a clear outcome, never a hang or a crash: too large to page (bounded),
/// a list refused, an endpoint that lists nothing; and only public and community images are judged.
/// </summary>
public sealed class ScsImageSetTests
{
    [Test]
    public async Task List_EndlessPages_AbortsAtTheBoundWithAClearMessage()
    {
        var pages = 0;
        await using var server = await FakeUpstream.StartAsync((context, _) =>
        {
            pages++;
            return Write(context, 200, $$"""{"images": [{"id": "image-{{pages}}", "visibility": "public"}], "next": "/v2/images?marker=image-{{pages}}"}""");
        }, CancellationToken.None);

        var list = () => ListAsync(server);

        (await list.Should().ThrowAsync<ScsAbortException>()).Which.Message.Should().StartWith("image set too large to judge: 100 images in 100 pages");
        pages.Should().Be(ScsImageSet.MaxPages);
    }

    [Test]
    public async Task List_Refused_AbortsNamingTheStatus()
    {
        await using var server = await FakeUpstream.StartAsync((context, _) => Write(context, 403, """{"error": "forbidden"}"""), CancellationToken.None);

        var list = () => ListAsync(server);

        (await list.Should().ThrowAsync<ScsAbortException>()).Which.Message.Should().Contain("HTTP 403").And.Contain("role member");
    }

    [Test]
    public async Task List_Nothing_AnEmptySet()
    {
        await using var server = await FakeUpstream.StartAsync((context, _) => Write(context, 200, """{"images": []}"""), CancellationToken.None);

        (await ListAsync(server)).Should().BeEmpty();
    }

    [Test]
    public async Task List_OnlyPublicAndCommunity_Judged()
    {
        await using var server = await FakeUpstream.StartAsync((context, _) => Write(context, 200,
            """{"images": [{"id": "a", "visibility": "public"}, {"id": "b", "visibility": "private"}, {"id": "c", "visibility": "community"}, {"id": "d", "visibility": "shared"}]}"""),
            CancellationToken.None);

        (await ListAsync(server)).Select(i => i.Id).Should().Equal("a", "c");
    }

    private static async Task<IReadOnlyList<ScsImage>> ListAsync(FakeUpstream server)
    {
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));
        var images = new ImagesClient(new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, _ => { }, 1024));
        return await ScsImageSet.ListAsync(images, CancellationToken.None);
    }

    private static async Task Write(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }
}
