using System.Net;
using System.Security.Cryptography;

namespace Conformance.Tests.Framework;

/// <summary>
/// A web server on 127.0.0.1 that serves one image's data at one unguessable path (404 anywhere else),
/// as the source of a web-download import by a cloud on this host. It stops when disposed.
/// </summary>
public sealed class LoopbackImageSource : IImportSource
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _data;
    private readonly string _path;
    private readonly Task _serving;

    private LoopbackImageSource(int port, byte[] data)
    {
        _data = data;
        _path = $"/conformance-{Guid.NewGuid():N}/image.raw";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Uri = new Uri($"http://127.0.0.1:{port}{_path}");
        _serving = ServeAsync();
    }

    /// <summary>Where the data is served.</summary>
    public Uri Uri { get; }

    public long Size => _data.Length;

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(_data));

    /// <summary>How many requests for the data it answered.</summary>
    public int Served { get; private set; }

    /// <summary>
    /// Starts serving <paramref name="data"/> on the first free port of <paramref name="ports"/> (concurrent runs on
    /// one host each take one); throws when all are taken.
    /// </summary>
    public static LoopbackImageSource Start(byte[] data, IReadOnlyList<int> ports)
    {
        foreach (var port in ports)
        {
            try
            {
                return new LoopbackImageSource(port, data);
            }
            catch (HttpListenerException)
            {
                // Taken by another run or program: try the next one.
            }
        }
        throw new InvalidOperationException($"no free port for the web-download source: 127.0.0.1:{ports[0]}-{ports[^1]} are all taken (--web-download-ports chooses others)");
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving.ConfigureAwait(false);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            await AnswerAsync(context).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (string.Equals(context.Request.Url?.AbsolutePath, _path, StringComparison.Ordinal))
            {
                Served++;
                response.StatusCode = 200;
                response.ContentType = "application/octet-stream";
                response.ContentLength64 = _data.Length;
                if (!string.Equals(context.Request.HttpMethod, "HEAD", StringComparison.Ordinal))
                {
                    await response.OutputStream.WriteAsync(_data).ConfigureAwait(false);
                }
            }
            else
            {
                response.StatusCode = 404;
            }
        }
        catch (HttpListenerException)
        {
            // The cloud hung up; nothing to answer.
        }
        finally
        {
            response.Close();
        }
    }
}
