using RestSharp;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// A response body taken from the wire as it arrives: a success goes to the destination through a
/// <see cref="DataDigest"/>, never held whole; an error body is kept (bounded), as an ordinary response's is.
/// </summary>
internal sealed class ReceivedBody(Stream destination, bool hash, string? osHashAlgo)
{
    /// <summary>Error bodies are short JSON or HTML; more than this is not an error message.</summary>
    private const int ErrorBodyLimit = 1 << 20;

    public StreamedData? Digest { get; private set; }
    public bool Truncated { get; private set; }

    /// <summary>RestSharp's response writer is synchronous: the body is copied on the thread that called it.</summary>
    public RestResponse Read(HttpResponseMessage message, RestRequest request)
    {
        var response = new RestResponse(request)
        {
            StatusCode = message.StatusCode,
            StatusDescription = message.ReasonPhrase,
            ResponseStatus = ResponseStatus.Completed,
            ResponseUri = message.RequestMessage?.RequestUri,
            Version = message.Version,
            Headers = message.Headers.SelectMany(h => h.Value.Select(v => new HeaderParameter(h.Key, v))).ToList(),
            ContentHeaders = message.Content.Headers.SelectMany(h => h.Value.Select(v => new HeaderParameter(h.Key, v))).ToList(),
            ContentType = message.Content.Headers.ContentType?.MediaType,
            ContentLength = message.Content.Headers.ContentLength,
        };
        using var body = message.Content.ReadAsStream();
        if (message.IsSuccessStatusCode)
        {
            using var digest = new DataDigest(osHashAlgo, hash);
            digest.CopyFrom(body, destination, StreamedBody.BufferBytes);
            Digest = digest.Finish();
            response.RawBytes = [];
            return response;
        }
        var kept = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int got;
        while (kept.Length < ErrorBodyLimit && (got = body.Read(chunk, 0, (int)Math.Min(chunk.Length, ErrorBodyLimit - kept.Length))) > 0)
        {
            kept.Write(chunk, 0, got);
        }
        Truncated = kept.Length >= ErrorBodyLimit && body.ReadByte() >= 0;
        response.RawBytes = kept.ToArray();
        return response;
    }
}
