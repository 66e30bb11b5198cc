using System.Security.Cryptography;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Tests.Http;

/// <summary>
/// The hashing pipeline hands each buffer to two hashers and takes it back for the next chunk: the hashes must be
/// those of the data, in order, however many times the buffers go round and however the source cuts its reads.
/// </summary>
public sealed class DataDigestTests
{
    [Test]
    public async Task Digest_OfMoreChunksThanBuffers_IsTheHashOfTheWholeData()
    {
        // Eleven chunks and a bit, through a pool of four buffers, read by a source that returns odd-sized pieces.
        var data = new byte[(11 << 20) + 12345];
        new Random(7).NextBytes(data);
        await using var source = new PiecemealStream(data, piece: 70_001);

        var digested = await DataDigest.DigestAsync(source, "sha512", CancellationToken.None);

        digested.Bytes.Should().Be(data.Length);
#pragma warning disable CA5351 // the API's checksum is md5 by definition
        digested.Md5.Should().Be(Convert.ToHexStringLower(MD5.HashData(data)));
#pragma warning restore CA5351
        digested.OsHashAlgo.Should().Be("sha512");
        digested.OsHashValue.Should().Be(Convert.ToHexStringLower(SHA512.HashData(data)));
    }

    /// <summary>A stream that answers each read with at most <paramref name="piece"/> bytes, as a socket does.</summary>
    private sealed class PiecemealStream(byte[] data, int piece) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }
}
