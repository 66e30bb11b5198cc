using System.Security.Cryptography;
using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>The hashes the Images API publishes for image data, as lowercase hex.</summary>
public static class DataHashes
{
    // The API's checksum field and Content-MD5 header are md5 by definition; this checks them, it secures nothing.
#pragma warning disable CA5351
    public static string Md5(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351

    /// <summary>
    /// What <c>os_hash_value</c> of <paramref name="image"/> must be for <paramref name="data"/>: the hash in the
    /// algorithm the image names in <c>os_hash_algo</c>, the operator's choice (sha512 by default, sha256, md5, sha3_*...).
    /// Skips as not practical when .NET cannot compute that algorithm; call it after the test's other checks.
    /// </summary>
    public static string OsHashValue(JsonObject image, byte[] data)
    {
        var algorithm = image.Text("os_hash_algo");
        algorithm.Should().NotBeNullOrEmpty("an image with data MUST name the algorithm of its os_hash_value in os_hash_algo ({0})", image.ToJsonString());
        var expected = OsHashAlgorithms.HexOf(algorithm, data);
        if (expected is null)
        {
            Skip.Because(SkipKind.NotPractical, $"os_hash_value cannot be checked: the cloud hashes with '{algorithm}', which .NET does not compute here");
        }
        return expected;
    }
}
