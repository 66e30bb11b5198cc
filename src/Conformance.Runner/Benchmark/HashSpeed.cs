using System.Diagnostics;
using System.Security.Cryptography;
using Conformance.ImagesApi.Http;

namespace Conformance.Runner.Benchmark;

/// <summary>
/// How fast one hash runs alone on one core over a buffer already in memory: the ceiling of a hashed transfer, so
/// that the benchmark compares the client's hashed download with the hash itself rather than with curl.
/// </summary>
public static class HashSpeed
{
    /// <summary>MB/s of <paramref name="algorithm"/> (md5 or an os_hash_algo) over <paramref name="bytes"/> bytes in 1 MiB chunks.</summary>
    public static double MegabytesPerSecond(string algorithm, long bytes)
    {
        using var hash = OsHashAlgorithms.TryCreate(algorithm) ?? throw new ArgumentException($"cannot hash in {algorithm}", nameof(algorithm));
        var chunk = new byte[1 << 20];
        Random.Shared.NextBytes(chunk);
        var clock = Stopwatch.StartNew();
        for (var done = 0L; done < bytes; done += chunk.Length)
        {
            hash.AppendData(chunk.AsSpan(0, (int)Math.Min(chunk.Length, bytes - done)));
        }
        hash.GetHashAndReset();
        return bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// MB/s of md5 and <paramref name="osHashAlgorithm"/> each alone on a thread of its own, both at once: what this
    /// machine gives two hashes at the moment (two free cores, or not), the ceiling of any hashed transfer here.
    /// </summary>
    public static async Task<double> BothAtOnceMegabytesPerSecondAsync(string osHashAlgorithm, long bytes)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            Task.Factory.StartNew(() => MegabytesPerSecond("md5", bytes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default),
            Task.Factory.StartNew(() => MegabytesPerSecond(osHashAlgorithm, bytes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        return bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// MB/s of md5 and <paramref name="osHashAlgorithm"/> together through the client's own pipeline
    /// (<see cref="DataDigest"/>: each hash on its own thread, buffers handed over) from data made in memory.
    /// </summary>
    public static async Task<double> PipelineMegabytesPerSecondAsync(string osHashAlgorithm, long bytes, CancellationToken cancellationToken)
    {
        await using var source = new GeneratedDataStream(bytes);
        var clock = Stopwatch.StartNew();
        var digested = await DataDigest.DigestAsync(source, osHashAlgorithm, cancellationToken);
        return digested.Bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }
}
