using System.Net;
using System.Net.Http.Headers;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// A request body sent from a stream as it is read (never buffered whole), its size and hashes computed on
/// the way: the chunks read from the source go to the connection and to the hashers from the same buffers.
/// </summary>
internal sealed class StreamedBody(Stream source, long? length, string contentType, string? osHashAlgo = null, bool hash = true)
    : IAsyncDisposable
{
    private readonly DataDigest _digest = new(osHashAlgo, hash);
    private StreamedData? _sent;

    public string ContentType => contentType;

    /// <summary>What was sent, once the request has gone (or broke off).</summary>
    public async Task<StreamedData> SentAsync() => _sent ??= await _digest.FinishAsync();

    /// <summary>The body of one request, sent within <paramref name="deadline"/>; the source can be sent once only.</summary>
    public HttpContent Content(TransferDeadline deadline)
    {
        var content = new Sending(connection => _digest.CopyAsync(source, connection, deadline));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Headers.ContentLength = length;
        return content;
    }

    public ValueTask DisposeAsync() => _digest.DisposeAsync();

    /// <summary>The request's content: writes itself to the connection when HttpClient sends it.</summary>
    private sealed class Sending(Func<Stream, Task> send) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => send(stream);

        // The transfer's deadline, which the caller's token cancels too, bounds the sending.
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            send(stream);

        // Unknown length: sent chunked, unless Content-Length was set from what the caller said.
        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
