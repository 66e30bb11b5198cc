namespace Conformance.ImagesApi.Http;

/// <summary>
/// A response body taken from the wire as it arrives: a successful download goes to its destination through a
/// <see cref="DataDigest"/>, never held whole; any other body is kept (bounded), as an ordinary response's is.
/// </summary>
/// <param name="download">Where a successful body goes and how it is hashed; null keeps every body (an upload's answer).</param>
internal sealed class ReceivedBody((Stream Destination, bool Hash, string? OsHashAlgo)? download)
{
    /// <summary>Error bodies are short JSON or HTML; more than this is not an error message.</summary>
    private const int KeptBodyLimit = 1 << 20;

    /// <summary>The size and hashes of a downloaded body; null when the body was kept instead.</summary>
    public StreamedData? Digest { get; private set; }

    public bool Truncated { get; private set; }

    /// <summary>Reads the body to its end; returns it when kept, else nothing (it went to the destination).</summary>
    public async Task<byte[]> ReadAsync(HttpResponseMessage message, TransferDeadline deadline)
    {
        await using var body = await message.Content.ReadAsStreamAsync(deadline.Token);
        if (message.IsSuccessStatusCode && download is { } sink)
        {
            await using var digest = new DataDigest(sink.OsHashAlgo, sink.Hash);
            await digest.CopyAsync(body, sink.Destination, deadline);
            Digest = await digest.FinishAsync();
            return [];
        }
        var kept = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int got;
        while (kept.Length < KeptBodyLimit
            && (got = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, KeptBodyLimit - kept.Length)), deadline.Token)) > 0)
        {
            kept.Write(chunk, 0, got);
        }
        Truncated = kept.Length >= KeptBodyLimit && await body.ReadAsync(chunk.AsMemory(0, 1), deadline.Token) > 0;
        return kept.ToArray();
    }
}
