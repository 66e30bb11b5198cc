using System.Threading.Channels;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// One buffer of image data handed, without copying, to everything that reads it (the hashers and the writer);
/// the last to let go of it returns the buffer to the pool.
/// </summary>
internal sealed class DataChunk(byte[] buffer, int length, int holders, ChannelWriter<byte[]> pool)
{
    private int _holders = holders;

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, length);

    public void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            pool.TryWrite(buffer);
        }
    }
}
