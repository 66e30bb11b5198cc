using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>With no mutant the proxy is transparent: what either side sends, the other receives.</summary>
public sealed class MutationProxyForwardingTests : ProxyTestBase
{
    [Test]
    public async Task Create_NoMutant_ForwardsTheRequestAsSentAndKeepsHost()
    {
        var body = """{"name": "probe", "disk_format": "raw"}"""u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v2/images?x=a%2Fb&y=%20");
        request.Headers.Add("X-Auth-Token", "secret");
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await Client.SendAsync(request, Token);

        var received = SingleReceived();
        received.Method.Should().Be("POST");
        received.Target.Should().Be("/v2/images?x=a%2Fb&y=%20");
        received.Headers["Host"].Should().Be(Proxy.BaseAddress.Authority);
        received.Headers["X-Auth-Token"].Should().Be("secret");
        received.Headers["Content-Type"].Should().Be("application/json");
        received.Body.Should().Equal(body);
    }

    [Test]
    public async Task Create_NoMutant_ReturnsTheAnswerAsSent()
    {
        using var response = await Client.PostAsync("/v2/images", new StringContent("{}", Encoding.UTF8, "application/json"), Token);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location.Should().Be(new Uri(Proxy.BaseAddress, $"/v2/images/{FakeGlance.ImageId}"),
            "Glance builds Location from the Host the client sent, which names the proxy");
        response.Headers.GetValues("X-Openstack-Request-Id").Should().Equal("req-fake-201");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync(Token)).Should().Be(FakeGlance.ImageJson("queued"));
        response.Headers.Contains("Server").Should().BeFalse("the proxy adds no header of its own");
    }

    [Test]
    public async Task UploadThenDownload_NoMutant_DataIsByteEqual()
    {
        var data = new byte[3 * 1024 * 1024 + 7];
        new Random(42).NextBytes(data);
        using var upload = new ByteArrayContent(data);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var put = await Client.PutAsync($"/v2/images/{FakeGlance.ImageId}/file", upload, Token);
        using var get = await Client.GetAsync($"/v2/images/{FakeGlance.ImageId}/file", Token);

        put.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Upstream.Received.First().Body.Should().Equal(data);
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        (await get.Content.ReadAsByteArrayAsync(Token)).Should().Equal(data);
        get.Content.Headers.ContentLength.Should().Be(data.Length);
        get.Content.Headers.GetValues("Content-Md5").Should().Equal(ContentMd5.Of(data));
    }

    [Test]
    public async Task Delete_NoMutant_Answers204WithoutBody()
    {
        using var response = await Client.DeleteAsync($"/v2/images/{FakeGlance.ImageId}", Token);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsByteArrayAsync(Token)).Should().BeEmpty();
        response.Headers.GetValues("X-Openstack-Request-Id").Should().Equal("req-fake-204");
    }

    [Test]
    public async Task Show_MissingImage_PassesThe404Through()
    {
        using var response = await Client.GetAsync("/v2/images/missing", Token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Token)).Should().Contain("No image found");
    }

    [Test]
    public async Task AnyRequest_CountsItsOperation()
    {
        using var a = await Client.GetAsync($"/v2/images/{FakeGlance.ImageId}", Token);
        using var b = await Client.GetAsync("/v2/images/other", Token);
        using var c = await Client.GetAsync("/v2/images?status=active", Token);
        using var d = await Client.GetAsync("/healthcheck", Token);

        Proxy.RequestsByOperation.Should().BeEquivalentTo(new Dictionary<ApiOperation, long>
        {
            [new("GET", "/v2/images/{image_id}")] = 2,
            [new("GET", "/v2/images")] = 1,
            [new("GET", RouteMatcher.Unmatched)] = 1,
        });
    }

    [Test]
    public async Task AnyRequest_UpstreamDown_Answers502()
    {
        await using var proxy = new MutationProxy(new Uri("http://127.0.0.1:9"));
        await proxy.StartAsync(Token);

        using var response = await Client.GetAsync(new Uri(proxy.BaseAddress, "/v2/images"), Token);

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync(Token)).Should().StartWith("mutation proxy:");
    }

    [Test]
    public void Constructor_UpstreamNotOnLoopback_IsRefused() =>
        FluentActions.Invoking(() => new MutationProxy(new Uri("http://192.0.2.1:9292")))
            .Should().Throw<ArgumentException>().WithMessage("*loopback*");
}
