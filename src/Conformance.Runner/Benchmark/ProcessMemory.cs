using System.Globalization;

namespace Conformance.Runner.Benchmark;

/// <summary>This process's peak resident set (VmHWM in /proc/self/status), in MiB; null where there is no /proc.</summary>
public static class ProcessMemory
{
    public static double? PeakResidentMiB()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return null;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kib is null ? null : double.Parse(kib, CultureInfo.InvariantCulture) / 1024;
    }
}
