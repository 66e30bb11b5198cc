using System.Security.Cryptography;
using System.Threading.Channels;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// One hash over a stream of chunks, on a task of its own: it works through the chunks in order as they come, so
/// it never waits for another hash or for the reader while a chunk is there to hash.
/// </summary>
internal sealed class ChunkHasher : IAsyncDisposable
{
    // Unbounded: the pool of buffers already bounds how many chunks can be waiting.
    private readonly Channel<DataChunk> _queue = Channel.CreateUnbounded<DataChunk>(new() { SingleReader = true, SingleWriter = true });
    private readonly IncrementalHash _hash;
    private readonly Task _running;

    public ChunkHasher(IncrementalHash hash)
    {
        _hash = hash;
        _running = Task.Run(HashAllAsync);
    }

    public void Add(DataChunk chunk)
    {
        if (!_queue.Writer.TryWrite(chunk))
        {
            chunk.Release();
        }
    }

    /// <summary>The hash of every chunk added, once the last is hashed.</summary>
    public async Task<string> FinishAsync()
    {
        _queue.Writer.TryComplete();
        await _running;
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    private async Task HashAllAsync()
    {
        await foreach (var chunk in _queue.Reader.ReadAllAsync())
        {
            try
            {
                _hash.AppendData(chunk.Memory.Span);
            }
            finally
            {
                chunk.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A transfer that broke off may leave chunks queued: the hash is disposed only once they are done.
        _queue.Writer.TryComplete();
        await _running;
        _hash.Dispose();
    }
}
