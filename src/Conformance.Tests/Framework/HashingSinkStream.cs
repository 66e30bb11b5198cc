using System.Security.Cryptography;

namespace Conformance.Tests.Framework;

/// <summary>
/// Where a downloaded image goes when only its size and hashes matter: it keeps none of the bytes, so an image of
/// any size can be checked against a source known only by its size and SHA-256.
/// </summary>
public sealed class HashingSinkStream : Stream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    // md5 is what the API's checksum field is by definition; this checks it, it secures nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
    private long _bytes;

    public long Bytes => _bytes;

    /// <summary>Lowercase hex of what was written; call once, after the last write.</summary>
    public string Sha256() => Convert.ToHexStringLower(_sha256.GetHashAndReset());

    /// <inheritdoc cref="Sha256"/>
    public string Md5() => Convert.ToHexStringLower(_md5.GetHashAndReset());

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _bytes;
    public override long Position { get => _bytes; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _sha256.AppendData(buffer);
        _md5.AppendData(buffer);
        _bytes += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
            _md5.Dispose();
        }
        base.Dispose(disposing);
    }
}
