using System.Security.Cryptography;

namespace Conformance.Tests.Framework;

/// <summary>The hashes the Images API publishes for image data, as lowercase hex.</summary>
public static class DataHashes
{
    // The API's checksum field and Content-MD5 header are md5 by definition; this checks them, it secures nothing.
#pragma warning disable CA5351
    public static string Md5(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351

    public static string Sha512(byte[] data) => Convert.ToHexStringLower(SHA512.HashData(data));
}
