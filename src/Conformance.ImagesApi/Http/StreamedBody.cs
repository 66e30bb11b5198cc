using System.Net.Http.Headers;
using RestSharp.Interceptors;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// A request body sent from a stream as it is read (never buffered whole), its size and hashes computed on
/// the way. RestSharp sends what its request holds; this puts the stream in the HTTP message just before it goes.
/// </summary>
public sealed class StreamedBody(Stream source, long? length, string contentType, string? osHashAlgo = null, bool hash = true) : Interceptor, IDisposable
{
    /// <summary>Large enough that a 1 GiB image is not 100 000 small writes; small enough to be nothing in memory.</summary>
    internal const int BufferBytes = 1 << 20;

    private readonly DataDigest _digest = new(osHashAlgo, hash);
    private StreamedData? _sent;

    public string ContentType => contentType;

    /// <summary>What was sent, once the request has gone.</summary>
    public StreamedData? Digest => _sent ??= Finish();

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new DigestingReadStream(source, _digest), BufferBytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Headers.ContentLength = length;
        requestMessage.Content = content;
        return ValueTask.CompletedTask;
    }

    private StreamedData Finish() => _digest.Finish();

    public void Dispose() => _digest.Dispose();
}
