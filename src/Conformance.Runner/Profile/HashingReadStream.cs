using System.Security.Cryptography;

namespace Conformance.Runner.Profile;

/// <summary>
/// Passes an upload's data through and hashes it on the way (SHA-256 and md5 of all of it, and SHA-256 of the part
/// from <paramref name="suffixFrom"/> on, for the ranged read), so that what the cloud returns can be checked against
/// what was sent without keeping any of it.
/// </summary>
public sealed class HashingReadStream(Stream inner, long suffixFrom) : Stream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash _suffix = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    // md5 is the API's checksum field by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
    private long _position;

    /// <summary>Lowercase hex, after the last read.</summary>
    public string Sha256() => Convert.ToHexStringLower(_sha256.GetCurrentHash());

    public string Md5() => Convert.ToHexStringLower(_md5.GetCurrentHash());

    public string SuffixSha256() => Convert.ToHexStringLower(_suffix.GetCurrentHash());

    public long BytesRead => _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Hash(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Hash(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Hash(ReadOnlySpan<byte> data)
    {
        _sha256.AppendData(data);
        _md5.AppendData(data);
        var skip = (int)Math.Clamp(suffixFrom - _position, 0, data.Length);
        _suffix.AppendData(data[skip..]);
        _position += data.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
            _suffix.Dispose();
            _md5.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
