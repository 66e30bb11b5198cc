using System.Security.Cryptography;
using Conformance.Runner.Benchmark;

namespace Conformance.Runner.Tests.Benchmark;

/// <summary>The benchmark's CPU figures: /proc/stat read as the kernel documents it, and this process's own time.</summary>
public sealed class CpuUseTests
{
    [Test]
    public void ParseStatLine_CountsIdleAndIowaitAsNotBusy_AndLeavesGuestTimeOut()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        var ticks = CpuUse.ParseStatLine("cpu  100 2 30 500 7 1 3 4 50 5");

        ticks.Should().Be((140L, 647L));
    }

    [TestCase("cpu0 100 2 30 500 7 1 3 4 0 0")]
    [TestCase("cpu  100 2 30")]
    [TestCase("intr 1 2 3 4 5 6 7 8 9")]
    public void ParseStatLine_IsNullForAnotherLine(string line) =>
        CpuUse.ParseStatLine(line).Should().BeNull();

    [Test]
    public void ProcessSeconds_CountsWorkDone_AndMachineBusyIsAShare()
    {
        var cpu = new CpuUse();
        // A fixed amount of work, not a span of wall time: its CPU time does not shrink on a loaded machine.
        var data = new byte[1 << 20];
        for (var i = 0; i < 128; i++)
        {
            data[0] = SHA512.HashData(data)[0];
        }

        cpu.ProcessSeconds().Should().BeGreaterThan(0.05, "hashing 128 MiB is CPU time of this process");
        if (OperatingSystem.IsLinux())
        {
            cpu.MachineBusy().Should().BeInRange(0.0, 1.0);
        }
    }
}
