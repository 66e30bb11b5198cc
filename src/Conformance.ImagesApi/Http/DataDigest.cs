using System.Security.Cryptography;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Size and hashes of image data computed as it streams past, in the algorithms the Images API publishes
/// (<c>checksum</c> md5, <c>os_hash_value</c> sha512), so that a test can check whole images never held in memory.
/// </summary>
public sealed class DataDigest : IDisposable
{
    // The API's checksum field is md5 by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
    private readonly IncrementalHash _sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
    private long _bytes;

    public void Append(ReadOnlySpan<byte> data)
    {
        _md5.AppendData(data);
        _sha512.AppendData(data);
        _bytes += data.Length;
    }

    public StreamedData Finish() => new(_bytes, Convert.ToHexStringLower(_md5.GetHashAndReset()), Convert.ToHexStringLower(_sha512.GetHashAndReset()));

    public void Dispose()
    {
        _md5.Dispose();
        _sha512.Dispose();
    }
}
