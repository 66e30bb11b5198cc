using System.ComponentModel;
using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

public sealed class ChildProcessTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static async Task<ChildProcessOutcome> RunAsync(string program, string[] arguments, IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var child = ChildProcess.Start(program, arguments, Path.GetTempPath(), environment);
        return await child.FinishAsync(null, timeout, cancellationToken);
    }

    [Test]
    public async Task Run_MissingProgram_ThrowsWin32Exception()
    {
        var run = () => RunAsync("/no/such/program", [], NoEnvironment, TimeSpan.FromSeconds(5), CancellationToken.None);

        await run.Should().ThrowAsync<Win32Exception>();
    }

    [Test]
    public async Task Run_Overrunning_IsKilledAndReportedAsTimedOut()
    {
        SkipOnWindows();

        var outcome = await RunAsync("sleep", ["30"], NoEnvironment, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        outcome.TimedOut.Should().BeTrue();
    }

    [Test]
    public async Task Run_CallerCancels_Throws()
    {
        SkipOnWindows();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var run = () => RunAsync("sleep", ["30"], NoEnvironment, TimeSpan.FromSeconds(30), cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task Run_Completing_GivesExitCodeAndOutput()
    {
        SkipOnWindows();

        var outcome = await RunAsync("sh", ["-c", "echo out; echo \"$GREETING\" >&2; exit 2"],
            new Dictionary<string, string> { ["GREETING"] = "err" }, TimeSpan.FromSeconds(10), CancellationToken.None);

        outcome.Should().Be(new ChildProcessOutcome(2, "out\n", "err\n", TimedOut: false));
        outcome.LastLine().Should().Be("err");
    }

    [Test]
    public async Task Finish_StartedAhead_GetsItsInputThen()
    {
        SkipOnWindows();
        using var child = ChildProcess.Start("sh", ["-c", "read line; echo \"got $line\""], Path.GetTempPath(), NoEnvironment);
        await Task.Delay(100);

        child.HasExited.Should().BeFalse("it waits for its input");
        var outcome = await child.FinishAsync("the request", TimeSpan.FromSeconds(10), CancellationToken.None);

        outcome.Should().Be(new ChildProcessOutcome(0, "got the request\n", string.Empty, TimedOut: false));
    }

    [Test]
    public async Task Dispose_NeverFinished_StopsIt()
    {
        SkipOnWindows();
        var child = ChildProcess.Start("sleep", ["30"], Path.GetTempPath(), NoEnvironment);
        var running = $"/proc/{child.Id}";
        Directory.Exists(running).Should().BeTrue("the control: it runs until stopped");

        child.Dispose();

        for (var wait = 0; wait < 50 && Directory.Exists(running); wait++)
        {
            await Task.Delay(20);
        }
        Directory.Exists(running).Should().BeFalse("disposing a child never finished stops it");
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("uses POSIX sleep, sh and /proc");
        }
    }
}
