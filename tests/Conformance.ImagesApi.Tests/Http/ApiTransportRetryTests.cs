using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Tests.Support;
using RestSharp;

namespace Conformance.ImagesApi.Tests.Http;

/// <summary>
/// Retries: only idempotent requests, only after a transient answer, bounded; every attempt recorded and
/// the last answer handed to the test, so a retry never hides what the server said.
/// </summary>
public sealed class ApiTransportRetryTests
{
    private static readonly RetryPolicy Quick = new() { MaxAttempts = 3, FirstDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) };

    [TestCase("GET")]
    [TestCase("HEAD")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task IdempotentRequest_Answered503ThenOk_IsRetriedAndBothAttemptsRecorded(string method)
    {
        await using var server = await AnsweringAsync(503, 200);
        var recorded = new ConcurrentQueue<HttpExchange>();

        var response = await Transport(server.BaseAddress, recorded, Quick).SendAsync(new ApiRequest(method, Routes.Images), CancellationToken.None);

        response.Status.Should().Be(200, "the test judges the final answer");
        server.Received.Should().HaveCount(2);
        recorded.Select(e => (e.Attempt, e.Status)).Should().Equal((1, 503), (2, 200));
        recorded.First().Retried.Should().StartWith("HTTP 503; attempt 2 of 3 after");
        recorded.Last().Retried.Should().BeNull("the final answer was not retried");
    }

    [TestCase("POST", 503)]
    [TestCase("PATCH", 502)]
    [TestCase("POST", 429)]
    public async Task NonIdempotentRequest_TransientAnswer_IsNeverRetried(string method, int status)
    {
        await using var server = await AnsweringAsync(status, 200);
        var recorded = new ConcurrentQueue<HttpExchange>();

        var response = await Transport(server.BaseAddress, recorded, Quick).SendAsync(new ApiRequest(method, Routes.Images), CancellationToken.None);

        response.Status.Should().Be(status, "sending a POST or PATCH again could apply it twice");
        server.Received.Should().ContainSingle();
        recorded.Should().ContainSingle().Which.Retried.Should().BeNull();
    }

    [TestCase(404)]
    [TestCase(500)]
    [TestCase(409)]
    public async Task GetRequest_NonTransientAnswer_StandsAtOnce(int status)
    {
        await using var server = await AnsweringAsync(status, 200);
        var recorded = new ConcurrentQueue<HttpExchange>();

        var response = await Transport(server.BaseAddress, recorded, Quick).SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);

        response.Status.Should().Be(status);
        server.Received.Should().ContainSingle();
    }

    [Test]
    public async Task GetRequest_AlwaysUnavailable_StopsAfterMaxAttemptsWithTheLastAnswer()
    {
        await using var server = await AnsweringAsync(504, 504, 504, 504, 504);
        var recorded = new ConcurrentQueue<HttpExchange>();

        var response = await Transport(server.BaseAddress, recorded, Quick).SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);

        response.Status.Should().Be(504);
        server.Received.Should().HaveCount(3, "three attempts at most");
        recorded.Select(e => e.Attempt).Should().Equal(1, 2, 3);
        recorded.Count(e => e.Retried is not null).Should().Be(2);
    }

    [Test]
    public async Task TooManyRequests_WithLongRetryAfter_WaitsNoLongerThanTheCap()
    {
        await using var server = await AnsweringAsync("3600", 429);
        var recorded = new ConcurrentQueue<HttpExchange>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await Transport(server.BaseAddress, recorded, Quick).SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);

        response.Status.Should().Be(200);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "Retry-After is capped");
        recorded.First().Retried.Should().Be("HTTP 429; attempt 2 of 3 after 0.05 s");
    }

    [Test]
    public async Task ServiceUnavailable_WithShortRetryAfter_WaitsWhatTheServerAsks()
    {
        await using var server = await AnsweringAsync("1", 503);
        var recorded = new ConcurrentQueue<HttpExchange>();
        var policy = Quick with { MaxDelay = TimeSpan.FromSeconds(5) };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Transport(server.BaseAddress, recorded, policy).SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "Retry-After: 1 asks for a second");
        recorded.First().Retried.Should().Be("HTTP 503; attempt 2 of 3 after 1 s");
    }

    [Test]
    public async Task GetRequest_ToClosedPort_IsRetriedThenUnreachable_AndLaterRequestsTryOnce()
    {
        var recorded = new ConcurrentQueue<HttpExchange>();
        var reachability = new EndpointReachability();
        var transport = Transport(new Uri($"http://127.0.0.1:{ClosedPort()}/"), recorded, Quick, reachability);

        var first = () => transport.SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);
        await first.Should().ThrowAsync<EndpointUnreachableException>().WithMessage("*failed before any answer (3 attempts)*");
        recorded.Select(e => e.Attempt).Should().Equal(1, 2, 3);
        recorded.Take(2).Should().OnlyContain(e => e.Retried != null && e.Retried.StartsWith("no answer (", StringComparison.Ordinal));
        reachability.IsDown.Should().BeTrue();

        var second = () => transport.SendAsync(new ApiRequest("DELETE", Routes.Images), CancellationToken.None);
        await second.Should().ThrowAsync<EndpointUnreachableException>();
        recorded.Should().HaveCount(4, "an endpoint that is gone is not retried request after request");
    }

    [Test]
    public async Task PostRequest_ToClosedPort_IsNotRetried()
    {
        var recorded = new ConcurrentQueue<HttpExchange>();
        var transport = Transport(new Uri($"http://127.0.0.1:{ClosedPort()}/"), recorded, Quick);

        var act = () => transport.SendAsync(new ApiRequest("POST", Routes.Images), CancellationToken.None);

        await act.Should().ThrowAsync<EndpointUnreachableException>();
        recorded.Should().ContainSingle();
    }

    [Test]
    public async Task SlowServer_BeyondTheRequestTimeout_IsUnreachableWithTheTimeoutNamed()
    {
        await using var server = await FakeUpstream.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            context.Response.StatusCode = 200;
        }, CancellationToken.None);
        var recorded = new ConcurrentQueue<HttpExchange>();
        using var rest = new RestClient(new RestClientOptions(server.BaseAddress) { Timeout = TimeSpan.FromMilliseconds(300) });
        var transport = new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, recorded.Enqueue, 1024, RetryPolicy.None);

        var act = () => transport.SendAsync(new ApiRequest("GET", Routes.Images), CancellationToken.None);

        await act.Should().ThrowAsync<EndpointUnreachableException>().WithMessage("*no answer within 0.3 s (--request-timeout)*");
        recorded.Should().ContainSingle().Which.Status.Should().Be(0);
    }

    private static ApiTransport Transport(Uri endpoint, ConcurrentQueue<HttpExchange> recorded, RetryPolicy retries,
        EndpointReachability? reachability = null) =>
        new(new RestClient(new RestClientOptions(endpoint)), NoCredentials.Instance, new Redactor([]), NoValidation.Instance,
            recorded.Enqueue, 1024, retries, reachability);

    /// <summary>A server that answers the given statuses in turn, then 200.</summary>
    private static Task<FakeUpstream> AnsweringAsync(params int[] statuses) => AnsweringAsync(null, statuses);

    /// <summary>The same, each answer with <c>Retry-After: <paramref name="retryAfter"/></c>.</summary>
    private static Task<FakeUpstream> AnsweringAsync(string? retryAfter, params int[] statuses)
    {
        var next = 0;
        return FakeUpstream.StartAsync((context, _) =>
        {
            var index = Interlocked.Increment(ref next) - 1;
            context.Response.StatusCode = index < statuses.Length ? statuses[index] : 200;
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }
            return Task.CompletedTask;
        }, CancellationToken.None);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
