using System.Globalization;

namespace Conformance.Runner.Benchmark;

/// <summary>
/// This process's CPU time and the whole machine's busy share over a span: whether a transfer was held back by the
/// client or by a machine with no CPU left (the client's hashes, the server and the loopback sharing its cores).
/// </summary>
public sealed class CpuUse
{
    private readonly TimeSpan _processStart = Environment.CpuUsage.TotalTime;
    private readonly (long Busy, long Total)? _machineStart = ReadMachine();

    /// <summary>CPU seconds this process used since it was made.</summary>
    public double ProcessSeconds() => (Environment.CpuUsage.TotalTime - _processStart).TotalSeconds;

    /// <summary>The share of all cores' time that was busy since it was made; null where there is no /proc/stat.</summary>
    public double? MachineBusy() =>
        _machineStart is { } start && ReadMachine() is { } now && now.Total > start.Total
            ? (double)(now.Busy - start.Busy) / (now.Total - start.Total)
            : null;

    private static (long Busy, long Total)? ReadMachine()
    {
        const string path = "/proc/stat";
        return File.Exists(path) ? ParseStatLine(File.ReadLines(path).First()) : null;
    }

    /// <summary>
    /// Busy and total ticks from /proc/stat's first line (<c>cpu user nice system idle iowait irq softirq steal ...</c>):
    /// idle and iowait are not busy; guest time is already counted in user, so the fields after steal are left out.
    /// </summary>
    public static (long Busy, long Total)? ParseStatLine(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
        {
            return null;
        }
        var ticks = fields[1..9].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = ticks.Sum();
        return (total - ticks[3] - ticks[4], total);
    }
}
