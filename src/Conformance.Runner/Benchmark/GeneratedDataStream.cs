namespace Conformance.Runner.Benchmark;

/// <summary>
/// <paramref name="length"/> bytes of random-looking data made on the fly from one random 1 MiB block, so that
/// a 1 GiB image needs neither a file nor 1 GiB of memory. Forward only.
/// </summary>
public sealed class GeneratedDataStream(long length) : Stream
{
    private static readonly byte[] Block = RandomBlock();
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && _position < length)
        {
            var at = (int)(_position % Block.Length);
            var n = (int)Math.Min(Math.Min(buffer.Length - total, Block.Length - at), length - _position);
            Block.AsSpan(at, n).CopyTo(buffer[total..]);
            total += n;
            _position += n;
        }
        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] RandomBlock()
    {
        var block = new byte[1 << 20];
        System.Security.Cryptography.RandomNumberGenerator.Fill(block);
        return block;
    }
}
