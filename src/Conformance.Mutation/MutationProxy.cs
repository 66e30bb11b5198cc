using System.Collections.Concurrent;
using System.Net;
using Conformance.ImagesApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mutation;

/// <summary>
/// A reverse proxy on loopback that forwards every request to a conforming Images API and can break
/// one rule on the way (the active <see cref="IMutant"/>), to prove that the conformance suite fails
/// when the API misbehaves. With no mutant it is transparent. It counts requests per operation and
/// how often the mutant changed something, so a run can tell which tests touch which operation.
/// </summary>
public sealed partial class MutationProxy : IAsyncDisposable
{
    private readonly RouteMatcher _routes;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<ApiOperation, long> _requests = new();
    private ArmedMutant _armed = new(null);
    private WebApplication? _app;
    private Uri? _baseAddress;

    /// <param name="upstream">The API to forward to; it must be on loopback (a trusted-headers Glance is never to be exposed).</param>
    /// <param name="routes">How paths map to operations; the Images API v2 routes when null.</param>
    public MutationProxy(Uri upstream, RouteMatcher? routes = null)
    {
        if (!upstream.IsAbsoluteUri || !upstream.IsLoopback)
        {
            throw new ArgumentException($"the upstream must be an absolute loopback URI, not {upstream}", nameof(upstream));
        }
        Upstream = upstream;
        _routes = routes ?? RouteMatcher.ImagesApi;
        // One client for the proxy's life. Redirects, decompression and cookies are the client's business,
        // not the proxy's: they pass through untouched. The suite's own timeouts govern; this one never fires.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri Upstream { get; }

    /// <summary>Where clients reach the proxy (<c>http://127.0.0.1:PORT/</c>); known once started.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("the mutation proxy is not started");

    /// <summary>The active mutant; null when the proxy is transparent.</summary>
    public IMutant? Mutant => Volatile.Read(ref _armed).Mutant;

    /// <summary>How many requests the active mutant changed (request or response) since it was set.</summary>
    public long MutantApplications => Volatile.Read(ref _armed).Applications;

    /// <summary>A snapshot of how many requests the proxy saw per operation since start or <see cref="ResetCounters"/>.</summary>
    public IReadOnlyDictionary<ApiOperation, long> RequestsByOperation => new Dictionary<ApiOperation, long>(_requests);

    /// <summary>Makes <paramref name="mutant"/> the active one (null: transparent) and restarts its application count.</summary>
    public void SetMutant(IMutant? mutant) => Volatile.Write(ref _armed, new ArmedMutant(mutant));

    /// <summary>Forgets the per-operation counts and restarts the active mutant's application count.</summary>
    public void ResetCounters()
    {
        _requests.Clear();
        SetMutant(Mutant);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("the mutation proxy is already started");
        }
        // The empty builder reads no configuration files, environment or logging setup: the proxy's
        // behaviour depends on nothing but this code.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Limits.MinResponseDataRate = null;
        });
        var app = builder.Build();
        app.Run(ForwardAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        _baseAddress = new Uri(addresses.Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(grace.Token);
            await _app.DisposeAsync();
            _app = null;
        }
        _client.Dispose();
    }
}
