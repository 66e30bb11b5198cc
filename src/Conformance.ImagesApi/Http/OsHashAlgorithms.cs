using System.Security.Cryptography;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// The algorithms an image's <c>os_hash_algo</c> may name (the operator's <c>hashing_algorithm</c>, a Python
/// hashlib name such as sha512, sha256, md5 or sha3_256) that .NET can compute, so that <c>os_hash_value</c>
/// is checked in the cloud's own algorithm.
/// </summary>
public static class OsHashAlgorithms
{
    /// <summary>An incremental hash of the named algorithm; null when .NET cannot compute it here (e.g. blake2b, sha3_224).</summary>
    public static IncrementalHash? TryCreate(string? osHashAlgo)
    {
        var name = osHashAlgo?.Trim().ToLowerInvariant() switch
        {
            // md5 and sha1 only check what the cloud published; they secure nothing here.
            "md5" => HashAlgorithmName.MD5,
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            "sha3_256" when SHA3_256.IsSupported => HashAlgorithmName.SHA3_256,
            "sha3_384" when SHA3_384.IsSupported => HashAlgorithmName.SHA3_384,
            "sha3_512" when SHA3_512.IsSupported => HashAlgorithmName.SHA3_512,
            _ => (HashAlgorithmName?)null,
        };
        return name is { } known ? IncrementalHash.CreateHash(known) : null;
    }

    /// <summary>The lowercase hex hash of <paramref name="data"/> in the named algorithm; null when .NET cannot compute it.</summary>
    public static string? HexOf(string? osHashAlgo, ReadOnlySpan<byte> data)
    {
        using var hash = TryCreate(osHashAlgo);
        if (hash is null)
        {
            return null;
        }
        hash.AppendData(data);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
