using System.Net;
using System.Net.Http.Headers;
using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>With a mutant the proxy changes exactly what the mutant says, on its operation only.</summary>
public sealed class MutationProxyMutantTests : ProxyTestBase
{
    private static readonly string ImagePath = $"/v2/images/{FakeGlance.ImageId}";

    [Test]
    public async Task DeleteImage204To200_Delete_Answers200AndCountsOneApplication()
    {
        Proxy.SetMutant(Named("delete-image-204-to-200"));

        using var response = await Client.DeleteAsync(ImagePath, Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Openstack-Request-Id").Should().Equal("req-fake-204");
        Proxy.MutantApplications.Should().Be(1);
        SingleReceived().Method.Should().Be("DELETE");
    }

    [Test]
    public async Task DeleteImage204To200_OtherOperation_IsUntouched()
    {
        Proxy.SetMutant(Named("delete-image-204-to-200"));

        using var upload = new ByteArrayContent([1, 2, 3]);
        using var response = await Client.PutAsync(ImagePath + "/file", upload, Token);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Proxy.MutantApplications.Should().Be(0);
    }

    [Test]
    public async Task ShowImageDropsStatus_Show_LosesOnlyStatusWithATrueContentLength()
    {
        Proxy.SetMutant(Named("show-image-drops-status"));

        using var response = await Client.GetAsync(ImagePath, Token);

        var body = await response.Content.ReadAsByteArrayAsync(Token);
        var expected = JsonNode.Parse(FakeGlance.ImageJson("active"))!.AsObject();
        expected.Remove("status");
        JsonNode.DeepEquals(JsonNode.Parse(body), expected).Should().BeTrue();
        response.Content.Headers.ContentLength.Should().Be(body.Length);
        Proxy.MutantApplications.Should().Be(1);
    }

    [Test]
    public async Task ListIgnoresStatusFilter_List_ForwardsTheRestOfTheQueryAsSent()
    {
        Proxy.SetMutant(Named("list-ignores-status-filter"));

        using var response = await Client.GetAsync("/v2/images?limit=2&status=active&name=a%20b", Token);

        SingleReceived().Target.Should().Be("/v2/images?limit=2&name=a%20b");
        Proxy.MutantApplications.Should().Be(1);
    }

    [Test]
    public async Task ListIgnoresStatusFilter_ListWithoutStatus_NeverFires()
    {
        Proxy.SetMutant(Named("list-ignores-status-filter"));

        using var response = await Client.GetAsync("/v2/images?limit=2", Token);

        SingleReceived().Target.Should().Be("/v2/images?limit=2");
        Proxy.MutantApplications.Should().Be(0);
    }

    [Test]
    public async Task DeleteImageNotApplied_Delete_Answers204AndForwardsNothing()
    {
        Proxy.SetMutant(Named("delete-image-not-applied"));

        using var response = await Client.DeleteAsync(ImagePath, Token);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Upstream.Received.Should().BeEmpty();
        Proxy.RequestsByOperation[new("DELETE", "/v2/images/{image_id}")].Should().Be(1);
    }

    [Test]
    public async Task UpdateImageNotApplied_Patch_ReachesTheUpstreamAsABodilessGet()
    {
        Proxy.SetMutant(Named("update-image-not-applied"));
        using var patch = new ByteArrayContent("""[{"op": "replace", "path": "/name", "value": "x"}]"""u8.ToArray());
        patch.Headers.ContentType = new MediaTypeHeaderValue("application/openstack-images-v2.1-json-patch");

        using var response = await Client.PatchAsync(ImagePath, patch, Token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var received = SingleReceived();
        received.Method.Should().Be("GET");
        received.Body.Should().BeEmpty();
        received.Headers.Should().NotContainKey("Content-Type");
    }

    [Test]
    public async Task DownloadTruncated_Download_IsHalfWithMatchingLengthAndTheOriginalMd5()
    {
        var data = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        using (var upload = new ByteArrayContent(data))
        using (await Client.PutAsync(ImagePath + "/file", upload, Token))
        {
        }
        Proxy.SetMutant(Named("download-truncated"));

        using var response = await Client.GetAsync(ImagePath + "/file", Token);

        (await response.Content.ReadAsByteArrayAsync(Token)).Should().Equal(data[..50]);
        response.Content.Headers.GetValues("Content-Md5").Should().Equal(ContentMd5.Of(data));
    }

    [Test]
    public async Task SetMutant_Null_MakesTheProxyTransparentAgain()
    {
        Proxy.SetMutant(Named("delete-image-204-to-200"));
        using (await Client.DeleteAsync(ImagePath, Token))
        {
        }

        Proxy.SetMutant(null);
        using var response = await Client.DeleteAsync(ImagePath, Token);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Proxy.MutantApplications.Should().Be(0, "switching mutants restarts the count");
        Proxy.Mutant.Should().BeNull();
    }
}
