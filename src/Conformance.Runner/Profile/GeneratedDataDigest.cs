using System.Collections.Concurrent;
using System.Security.Cryptography;
using Conformance.Runner.Benchmark;

namespace Conformance.Runner.Profile;

/// <summary>
/// The md5 of the profile's generated data (the same bytes in every stream of a process), whole or from an offset
/// on, computed once and outside any timing: a transfer is then checked with the hash the client computes anyway
/// as the bytes pass, instead of hashing them again on the timed path.
/// </summary>
public static class GeneratedDataDigest
{
    private static readonly ConcurrentDictionary<(long Size, long From), string> Known = new();

    public static string Md5(long size, long from = 0) => Known.GetOrAdd((size, from), static key =>
    {
        using var data = new GeneratedDataStream(key.Size);
        var skip = new byte[1 << 20];
        for (var skipped = 0L; skipped < key.From;)
        {
            skipped += data.Read(skip, 0, (int)Math.Min(skip.Length, key.From - skipped));
        }
        // md5 is the API's checksum by definition; here it checks bytes against bytes, it secures nothing.
#pragma warning disable CA5351
        return Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351
    });
}
