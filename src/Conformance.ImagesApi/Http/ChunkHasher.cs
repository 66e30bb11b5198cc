using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// One hash over a stream of chunks, on a thread of its own: it works through the chunks in order as they come, so
/// it never waits for another hash or for the reader while a chunk is there to hash. A dedicated thread, not the
/// thread pool: two hashes busy for milliseconds per chunk would hold the pool's threads (two on a 2-core machine),
/// and the reads and writes of the transfer, which complete on the pool, would queue behind them.
/// </summary>
internal sealed class ChunkHasher : IAsyncDisposable
{
    // Unbounded: the pool of buffers already bounds how many chunks can be waiting.
    private readonly BlockingCollection<DataChunk> _queue = new(new ConcurrentQueue<DataChunk>());
    private readonly IncrementalHash _hash;
    private readonly Task _running;

    public ChunkHasher(IncrementalHash hash)
    {
        _hash = hash;
        _running = Task.Factory.StartNew(HashAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public void Add(DataChunk chunk) => _queue.Add(chunk);

    /// <summary>The hash of every chunk added, once the last is hashed.</summary>
    public async Task<string> FinishAsync()
    {
        _queue.CompleteAdding();
        await _running;
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    private void HashAll()
    {
        foreach (var chunk in _queue.GetConsumingEnumerable())
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
        _queue.CompleteAdding();
        await _running;
        _hash.Dispose();
        _queue.Dispose();
    }
}
