using System.Security.Cryptography;
using System.Threading.Channels;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Size and hashes of image data computed as it streams past, in the algorithms the Images API publishes
/// (<c>checksum</c> md5; <c>os_hash_value</c> in the image's <c>os_hash_algo</c>, the operator's choice, when the
/// caller names it), so that a test can check whole images never held in memory. The data moves in chunks from a
/// small pool of buffers: a chunk is handed without copying to md5 and to the os hash, each on its own task, and to
/// the destination, while the next chunk is read into another buffer; so a hashed transfer runs at the speed of the
/// slower of the transfer and the slower hash, not at that of the hashes and the transfer one after another.
/// </summary>
/// <param name="hash">False only counts the bytes: for measuring the transfer itself.</param>
public sealed class DataDigest : IAsyncDisposable
{
    /// <summary>
    /// Every chunk is handed to two hash threads and back, and where the client shares few cores with others each
    /// hand-over that wakes a thread costs a reschedule: on a 1 GiB hashed download over two shared cores, 4 MiB
    /// chunks took 8% less of the runner's CPU than 1 MiB and were faster in 6 of 7 pairs; 8 MiB was slower again
    /// (docs/BENCHMARK.md).
    /// </summary>
    internal const int ChunkBytes = 4 << 20;

    /// <summary>
    /// Buffers in flight: the reader fills one while the hashers work through the others, so that a read or a hash
    /// that is slow for a moment does not stop the other side. Four are 16 MiB of memory, made only as the data needs
    /// them (a small image takes two).
    /// </summary>
    private const int PoolDepth = 4;

    private readonly string? _osHashAlgo;
    private readonly ChunkHasher? _md5;
    private readonly ChunkHasher? _osHash;
    private readonly Channel<byte[]> _pool = Channel.CreateBounded<byte[]>(PoolDepth);
    private int _buffers;
    private long _bytes;

    public DataDigest(string? osHashAlgo = null, bool hash = true)
    {
        // The API's checksum field is md5 by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
        _md5 = hash ? new ChunkHasher(IncrementalHash.CreateHash(HashAlgorithmName.MD5)) : null;
#pragma warning restore CA5351
        _osHash = hash && OsHashAlgorithms.TryCreate(osHashAlgo) is { } os ? new ChunkHasher(os) : null;
        _osHashAlgo = _osHash is null ? null : osHashAlgo;
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/> to its end, digesting every byte; each
    /// chunk read and written within <paramref name="deadline"/>. The next chunk is read while the one before is
    /// written, so that reading (a file, the network) and writing (the network, a file) take turns on neither side.
    /// </summary>
    internal async Task CopyAsync(Stream source, Stream destination, TransferDeadline deadline)
    {
        var holders = 1 + (_md5 is null ? 0 : 1) + (_osHash is null ? 0 : 1);
        var buffer = await NextBufferAsync(deadline.Token);
        var reading = FillAsync(source, buffer, deadline.Token);
        while (true)
        {
            var read = await reading;
            if (read == 0)
            {
                _pool.Writer.TryWrite(buffer);
                return;
            }
            _bytes += read;
            var chunk = new DataChunk(buffer, read, holders, _pool.Writer);
            _md5?.Add(chunk);
            _osHash?.Add(chunk);
            var writing = WriteAsync(destination, chunk, deadline.Token);
            Task<int>? next = null;
            try
            {
                buffer = await NextBufferAsync(deadline.Token);
                next = FillAsync(source, buffer, deadline.Token);
                await writing;
            }
            catch
            {
                // Neither the write nor a read begun beside it outlives a failed copy: each is using a pooled buffer.
                await Task.WhenAll(writing, next ?? Task.CompletedTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                throw;
            }
            reading = next;
            deadline.Restart();
        }
    }

    private static async Task WriteAsync(Stream destination, DataChunk chunk, CancellationToken cancellationToken)
    {
        try
        {
            await destination.WriteAsync(chunk.Memory, cancellationToken);
        }
        finally
        {
            chunk.Release();
        }
    }

    /// <summary>
    /// Hashes a whole stream through the same pipeline as a transfer, writing nowhere: the benchmark's measure of the
    /// pipeline itself, without a network or a server, against each hash alone.
    /// </summary>
    public static async Task<StreamedData> DigestAsync(Stream source, string? osHashAlgo, CancellationToken cancellationToken)
    {
        await using var digest = new DataDigest(osHashAlgo);
        using var deadline = new TransferDeadline(null, cancellationToken);
        await digest.CopyAsync(source, Stream.Null, deadline);
        return await digest.FinishAsync();
    }

    /// <summary>A free buffer: a new one until the pool is full, then the next one the hashers let go of.</summary>
    private ValueTask<byte[]> NextBufferAsync(CancellationToken cancellationToken)
    {
        if (_pool.Reader.TryRead(out var free))
        {
            return ValueTask.FromResult(free);
        }
        if (_buffers < PoolDepth)
        {
            _buffers++;
            // Not zeroed: every byte of a chunk is read into before anything reads it.
            return ValueTask.FromResult(GC.AllocateUninitializedArray<byte>(ChunkBytes));
        }
        return _pool.Reader.ReadAsync(cancellationToken);
    }

    /// <summary>Reads until the buffer is full or the stream ends: fewer, larger chunks for the hashers.</summary>
    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await source.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }
        return total;
    }

    /// <summary>The size and hashes of everything copied, once the hashers are through.</summary>
    public async Task<StreamedData> FinishAsync() =>
        new(_bytes, _md5 is null ? null : await _md5.FinishAsync(), _osHashAlgo, _osHash is null ? null : await _osHash.FinishAsync());

    public async ValueTask DisposeAsync()
    {
        if (_md5 is not null)
        {
            await _md5.DisposeAsync();
        }
        if (_osHash is not null)
        {
            await _osHash.DisposeAsync();
        }
    }
}
