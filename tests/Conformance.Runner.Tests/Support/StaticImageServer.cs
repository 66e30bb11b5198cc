using System.Net;
using System.Security.Cryptography;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A plain web server that is not the suite's: it serves one random image at <c>/image.raw</c> on a host and port
/// of the test's choosing, as a user's web-download source would, and counts the requests for it.
/// </summary>
public sealed class StaticImageServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private int _served;

    public StaticImageServer(string host, int port, int size)
    {
        Data = RandomNumberGenerator.GetBytes(size);
        _listener.Prefixes.Add($"http://{host}:{port}/");
        _listener.Start();
        Uri = new Uri($"http://{host}:{port}/image.raw");
        _serving = ServeAsync();
    }

    public Uri Uri { get; }

    public byte[] Data { get; }

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Data));

    /// <summary>How many GETs of the image it answered.</summary>
    public int Served => Volatile.Read(ref _served);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var response = context.Response;
            if (context.Request.Url?.AbsolutePath == Uri.AbsolutePath)
            {
                Interlocked.Increment(ref _served);
                response.ContentType = "application/octet-stream";
                response.ContentLength64 = Data.Length;
                await response.OutputStream.WriteAsync(Data);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }
}
