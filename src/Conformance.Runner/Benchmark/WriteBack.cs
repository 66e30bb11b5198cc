using System.Diagnostics;

namespace Conformance.Runner.Benchmark;

/// <summary>
/// Flushes the machine's dirty pages (sync(1)) before a timed upload to a Glance on this host: measured here, three
/// 1 GiB uploads in a row took 8.5, 15.8 and 19.5 s as 1 and then 2 GB waited for write-back, so without it the
/// order of the uploads, not the client, decides their ratio.
/// </summary>
public static class WriteBack
{
    public static async Task SyncAsync(bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return;
        }
        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false })
            ?? throw new InvalidOperationException("sync(1) did not start");
        await sync.WaitForExitAsync(cancellationToken);
    }
}
