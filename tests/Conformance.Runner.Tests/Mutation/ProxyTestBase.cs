using System.Net;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>
/// A <see cref="MutationProxy"/> in front of a <see cref="FakeGlance"/>, both on loopback, started once
/// per fixture; every test starts transparent, with zeroed counters and nothing received.
/// </summary>
public abstract class ProxyTestBase
{
    private FakeUpstream? _upstream;
    private MutationProxy? _proxy;
    private HttpClient? _client;

    internal FakeUpstream Upstream => _upstream ?? throw new InvalidOperationException("not set up");
    internal MutationProxy Proxy => _proxy ?? throw new InvalidOperationException("not set up");
    internal HttpClient Client => _client ?? throw new InvalidOperationException("not set up");
    internal static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var glance = new FakeGlance();
        _upstream = await FakeUpstream.StartAsync(glance.RespondAsync, CancellationToken.None);
        _proxy = new MutationProxy(_upstream.BaseAddress);
        await _proxy.StartAsync(CancellationToken.None);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        _client = new HttpClient(handler) { BaseAddress = _proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [SetUp]
    public void Reset()
    {
        Proxy.SetMutant(null);
        Proxy.ResetCounters();
        Upstream.Received.Clear();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }

    internal ReceivedRequest SingleReceived() =>
        Upstream.Received.Count == 1 && Upstream.Received.TryPeek(out var only)
            ? only
            : throw new AssertionException($"the upstream received {Upstream.Received.Count} requests, not one");
}
