using System.Security.Cryptography;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Size and hashes of image data computed as it streams past, in the algorithms the Images API publishes
/// (<c>checksum</c> md5; <c>os_hash_value</c> in the image's <c>os_hash_algo</c>, the operator's choice, when the
/// caller names it), so that a test can check whole images never held in memory.
/// </summary>
public sealed class DataDigest(string? osHashAlgo = null) : IDisposable
{
    // The API's checksum field is md5 by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
    private readonly IncrementalHash? _osHash = OsHashAlgorithms.TryCreate(osHashAlgo);
    private long _bytes;

    public void Append(ReadOnlySpan<byte> data)
    {
        _md5.AppendData(data);
        _osHash?.AppendData(data);
        _bytes += data.Length;
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> in chunks and digests them: while one chunk
    /// is hashed (md5 and the os hash on two threads at once) and written, the next is read into a second buffer, so that
    /// hashing does not halve the transfer. Synchronous, for RestSharp's synchronous response writer.
    /// </summary>
    public void CopyFrom(Stream source, Stream destination, int chunkBytes)
    {
        byte[][] buffers = [new byte[chunkBytes], new byte[chunkBytes]];
        Task hashing = Task.CompletedTask;
        for (var turn = 0; ; turn++)
        {
            var buffer = buffers[turn % 2];
            var read = Fill(source, buffer);
            // The previous chunk's hashing used the other buffer; it must be done before this one starts (order matters).
            hashing.GetAwaiter().GetResult();
            if (read == 0)
            {
                return;
            }
            var chunk = new ReadOnlyMemory<byte>(buffer, 0, read);
            hashing = Task.WhenAll(Task.Run(() => _md5.AppendData(chunk.Span)), Task.Run(() => _osHash?.AppendData(chunk.Span)));
            _bytes += read;
            destination.Write(chunk.Span);
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

    public StreamedData Finish() => new(_bytes, Convert.ToHexStringLower(_md5.GetHashAndReset()),
        _osHash is null ? null : osHashAlgo, _osHash is null ? null : Convert.ToHexStringLower(_osHash.GetHashAndReset()));

    public void Dispose()
    {
        _md5.Dispose();
        _osHash?.Dispose();
    }
}
