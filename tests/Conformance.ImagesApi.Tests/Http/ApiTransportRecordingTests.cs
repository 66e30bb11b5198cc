using System.Text;
using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Tests.Support;
using Microsoft.AspNetCore.Http;
using RestSharp;

namespace Conformance.ImagesApi.Tests.Http;

/// <summary>What the transport records: the whole exchange, with every credential removed.</summary>
public sealed class ApiTransportRecordingTests
{
    private const string Token = "gAAAAABsecret-token-value-1234567890";

    [Test]
    public async Task Exchange_WithToken_IsRecordedWithoutTheTokenAnywhere()
    {
        // The server echoes the token in a header and the body, as a careless error page might.
        await using var server = await FakeUpstream.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-Openstack-Request-Id"] = "req-42";
            context.Response.Headers["X-Subject-Token"] = Token;
            await context.Response.WriteAsync($"{{\"echo\": \"{Token}\"}}");
        }, CancellationToken.None);
        var recorded = new List<HttpExchange>();
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));
        var transport = new ApiTransport(rest, new StaticTokenCredentials(Token), new Redactor([Token]), NoValidation.Instance, recorded.Add, 1024);

        var response = await transport.SendAsync(new ApiRequest("GET", Routes.Images) { Query = [new("token", Token)] }, CancellationToken.None);

        response.Status.Should().Be(200);
        response.RequestId.Should().Be("req-42");
        server.Received.Single().Headers["X-Auth-Token"].Should().Be(Token, "the credential is sent");
        var exchange = recorded.Should().ContainSingle().Subject;
        exchange.Operation.Should().Be("GET /v2/images");
        var everything = string.Join("\n", exchange.Url, exchange.ResponseBody,
            string.Join("\n", exchange.RequestHeaders.Concat(exchange.ResponseHeaders).Select(h => $"{h.Key}: {h.Value}")));
        everything.Should().NotContain(Token, "a credential never reaches a record").And.Contain(Redactor.Placeholder);
        exchange.RequestHeaders.Should().Contain(h => h.Key == "X-Auth-Token" && h.Value == Redactor.Placeholder);
    }

    [Test]
    public async Task Exchange_WithLargeBody_IsCappedAndMarkedTruncated()
    {
        var large = new string('x', 5000);
        await using var server = await FakeUpstream.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(large);
        }, CancellationToken.None);
        var recorded = new List<HttpExchange>();
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress));
        var transport = new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, recorded.Add, 1024);

        var response = await transport.SendAsync(new ApiRequest("GET", Routes.Versions), CancellationToken.None);

        Encoding.UTF8.GetString(response.Body).Should().HaveLength(5000, "the test sees the whole body");
        recorded.Single().ResponseBody.Should().HaveLength(1024);
        recorded.Single().ResponseBodyTruncated.Should().BeTrue();
    }

    [Test]
    public async Task Request_ToClosedPort_ThrowsUnreachableAndRecordsTheFault()
    {
        var recorded = new List<HttpExchange>();
        using var rest = new RestClient(new RestClientOptions(new Uri("http://127.0.0.1:9/")));
        var transport = new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, recorded.Add, 1024);

        var act = () => transport.SendAsync(new ApiRequest("GET", Routes.Versions), CancellationToken.None);

        await act.Should().ThrowAsync<EndpointUnreachableException>();
        recorded.Single().TransportError.Should().NotBeNullOrEmpty();
        recorded.Single().Status.Should().Be(0);
    }
}
