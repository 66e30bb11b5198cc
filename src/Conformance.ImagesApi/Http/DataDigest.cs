using System.Security.Cryptography;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Size and hashes of image data computed as it streams past, in the algorithms the Images API publishes
/// (<c>checksum</c> md5; <c>os_hash_value</c> in the image's <c>os_hash_algo</c>, the operator's choice, when the
/// caller names it), so that a test can check whole images never held in memory. Hashing runs beside the transfer:
/// a chunk is hashed (md5 and the os hash each on its own thread) while the next one is read or sent, so a hashed
/// transfer runs at the speed of the slower hash, not at that of the two hashes and the transfer one after another.
/// </summary>
/// <param name="hash">False only counts the bytes: for measuring the transfer itself.</param>
public sealed class DataDigest(string? osHashAlgo = null, bool hash = true) : IDisposable
{
    /// <summary>Below this, handing a chunk to other threads costs more than hashing it here.</summary>
    private const int InlineBytes = 64 * 1024;

    // The API's checksum field is md5 by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash? _md5 = hash ? IncrementalHash.CreateHash(HashAlgorithmName.MD5) : null;
#pragma warning restore CA5351
    private readonly IncrementalHash? _osHash = hash ? OsHashAlgorithms.TryCreate(osHashAlgo) : null;
    private byte[] _chunk = [];
    private Task _hashing = Task.CompletedTask;
    private long _bytes;

    /// <summary>Done when the chunk given last is hashed; await it before <see cref="Append"/> on an async path.</summary>
    public Task Hashed => _hashing;

    /// <summary>
    /// Takes a chunk: waits for the previous one's hashing, copies this one (the caller may reuse its buffer at once)
    /// and hashes the copy in the background.
    /// </summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        _hashing.GetAwaiter().GetResult();
        _bytes += data.Length;
        if (_md5 is null || data.IsEmpty)
        {
            return;
        }
        if (data.Length < InlineBytes)
        {
            _md5.AppendData(data);
            _osHash?.AppendData(data);
            return;
        }
        if (_chunk.Length < data.Length)
        {
            _chunk = new byte[data.Length];
        }
        data.CopyTo(_chunk);
        var chunk = new ReadOnlyMemory<byte>(_chunk, 0, data.Length);
        var md5 = _md5;
        _hashing = _osHash is { } osHash
            ? Task.WhenAll(Task.Run(() => md5.AppendData(chunk.Span)), Task.Run(() => osHash.AppendData(chunk.Span)))
            : Task.Run(() => md5.AppendData(chunk.Span));
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> in chunks and digests them, the next chunk
    /// read while this one is hashed. Synchronous, for RestSharp's synchronous response writer.
    /// </summary>
    public void CopyFrom(Stream source, Stream destination, int chunkBytes)
    {
        var buffer = new byte[chunkBytes];
        int read;
        while ((read = Fill(source, buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            Append(chunk);
            destination.Write(chunk);
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends: fewer, larger chunks for the hashing threads.</summary>
    private static int Fill(Stream source, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = source.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }
        return total;
    }

    public StreamedData Finish()
    {
        _hashing.GetAwaiter().GetResult();
        return new(_bytes, _md5 is null ? null : Convert.ToHexStringLower(_md5.GetHashAndReset()),
            _osHash is null ? null : osHashAlgo, _osHash is null ? null : Convert.ToHexStringLower(_osHash.GetHashAndReset()));
    }

    public void Dispose()
    {
        // A transfer that broke off may leave a chunk in the hashing threads: they must be done with the hashes first.
        _hashing.ContinueWith(static _ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        _md5?.Dispose();
        _osHash?.Dispose();
    }
}
