using System.Net;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A forwarding proxy on 127.0.0.1 that holds back the image data of downloads (<c>GET …/file</c>) for
/// <see cref="DataDelay"/> before passing it on (or damages it), and forwards everything else as it is: a cloud
/// whose data delivery got slower, or wrong, while its API did not. Port from DELAY_PROXY_PORT (default 19598).
/// </summary>
public sealed class DelayingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Proxy-Connection", "Upgrade", "Expect",
    };

    private readonly HttpListener _listener = new();
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };
    private readonly Uri _upstream;
    private readonly Task _serving;

    public DelayingProxy(Uri upstream)
    {
        _upstream = upstream;
        var port = Environment.GetEnvironmentVariable("DELAY_PROXY_PORT") ?? "19598";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>How long the data of each download is held back; zero forwards it at once.</summary>
    public TimeSpan DataDelay { get; set; }

    /// <summary>Flips the first byte of each download's data: a fast answer with the wrong bytes.</summary>
    public bool DamageData { get; set; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
        _client.Dispose();
    }

    private async Task ServeAsync()
    {
        var handling = new List<Task>();
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                handling.Add(ForwardAsync(context));
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }
        }
        await Task.WhenAll(handling);
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var incoming = context.Request;
            using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(_upstream, incoming.RawUrl));
            if (incoming.HasEntityBody)
            {
                request.Content = new StreamContent(incoming.InputStream);
                if (incoming.ContentLength64 >= 0)
                {
                    request.Content.Headers.ContentLength = incoming.ContentLength64;
                }
            }
            foreach (var name in incoming.Headers.AllKeys.OfType<string>().Where(n => !NotForwarded.Contains(n)))
            {
                var value = incoming.Headers[name]!;
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }
            using var upstream = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.StatusCode = (int)upstream.StatusCode;
            // HttpListener may close a kept-alive connection after a body-less answer; one connection per request avoids the race.
            response.KeepAlive = false;
            foreach (var (name, values) in upstream.Headers.Concat(upstream.Content.Headers).Where(h => !NotForwarded.Contains(h.Key)))
            {
                response.Headers[name] = string.Join(", ", values);
            }
            if (upstream.Content.Headers.ContentLength is { } length)
            {
                response.ContentLength64 = length;
            }
            var isData = incoming.HttpMethod == "GET" && incoming.Url!.AbsolutePath.EndsWith("/file", StringComparison.Ordinal);
            if (isData && DataDelay > TimeSpan.Zero)
            {
                await Task.Delay(DataDelay);
            }
            if (isData && DamageData)
            {
                var data = await upstream.Content.ReadAsByteArrayAsync();
                if (data.Length > 0)
                {
                    data[0] ^= 0xff;
                }
                await response.OutputStream.WriteAsync(data);
                return;
            }
            await upstream.Content.CopyToAsync(response.OutputStream);
        }
        catch (Exception e) when (e is HttpRequestException or HttpListenerException or IOException)
        {
            // The client or the upstream went away mid-exchange: the profile sees an incomplete transfer.
        }
    }
}
