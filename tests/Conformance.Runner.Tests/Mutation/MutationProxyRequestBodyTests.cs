using System.Net;
using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>A mutant that reads request bodies gets the whole body, and what it forwards is what it left there.</summary>
public sealed class MutationProxyRequestBodyTests : ProxyTestBase
{
    private static readonly string ImagePath = $"/v2/images/{FakeGlance.ImageId}";
    private const string Patch = """[{"op": "replace", "path": "/name", "value": "n"}, {"op": "remove", "path": "/note"}]""";

    [Test]
    public async Task UpdateDropsRemoveOperations_Patch_UpstreamReceivesTheEditedBodyWithATrueLength()
    {
        Proxy.SetMutant(MutantCatalog.Find("update-drops-remove-operations"));

        using var response = await SendPatchAsync(Patch);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var received = SingleReceived();
        JsonNode.Parse(received.Body)!.AsArray().Should().ContainSingle();
        received.Headers["Content-Length"].Should().Be(received.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        received.Headers["Content-Type"].Should().Be("application/openstack-images-v2.1-json-patch");
        Proxy.MutantApplications.Should().Be(1);
    }

    [Test]
    public async Task BodyReadingMutantThatChangesNothing_Patch_UpstreamReceivesTheBodyAsSent()
    {
        Proxy.SetMutant(new RequestJsonMutant("m", "d", new("PATCH", Routes.Image), _ => false));

        using var response = await SendPatchAsync(Patch);

        Encoding.UTF8.GetString(SingleReceived().Body).Should().Be(Patch);
        Proxy.MutantApplications.Should().Be(0);
    }

    [Test]
    public async Task MemberStatusUpdateNotApplied_Put_AnsweredWithoutForwarding()
    {
        Proxy.SetMutant(MutantCatalog.Find("member-status-update-not-applied"));
        using var content = new StringContent("""{"status": "accepted"}""", Encoding.UTF8, "application/json");

        using var response = await Client.PutAsync(ImagePath + "/members/p2", content, Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var member = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
        member["status"]!.GetValue<string>().Should().Be("accepted");
        member["member_id"]!.GetValue<string>().Should().Be("p2");
        Upstream.Received.Should().BeEmpty();
    }

    private async Task<HttpResponseMessage> SendPatchAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, ImagePath)
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new("application/openstack-images-v2.1-json-patch");
        return await Client.SendAsync(request, Token);
    }
}
