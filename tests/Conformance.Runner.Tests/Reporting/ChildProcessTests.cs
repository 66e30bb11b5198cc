using System.ComponentModel;
using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

public sealed class ChildProcessTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Test]
    public async Task Run_MissingProgram_ThrowsWin32Exception()
    {
        var run = () => ChildProcess.RunAsync("/no/such/program", [], Path.GetTempPath(), NoEnvironment, TimeSpan.FromSeconds(5), CancellationToken.None);

        await run.Should().ThrowAsync<Win32Exception>();
    }

    [Test]
    public async Task Run_Overrunning_IsKilledAndReportedAsTimedOut()
    {
        SkipOnWindows();

        var outcome = await ChildProcess.RunAsync("sleep", ["30"], Path.GetTempPath(), NoEnvironment, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        outcome.TimedOut.Should().BeTrue();
    }

    [Test]
    public async Task Run_CallerCancels_Throws()
    {
        SkipOnWindows();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var run = () => ChildProcess.RunAsync("sleep", ["30"], Path.GetTempPath(), NoEnvironment, TimeSpan.FromSeconds(30), cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task Run_Completing_GivesExitCodeAndOutput()
    {
        SkipOnWindows();

        var outcome = await ChildProcess.RunAsync("sh", ["-c", "echo out; echo \"$GREETING\" >&2; exit 2"], Path.GetTempPath(),
            new Dictionary<string, string> { ["GREETING"] = "err" }, TimeSpan.FromSeconds(10), CancellationToken.None);

        outcome.Should().Be(new ChildProcessOutcome(2, "out\n", "err\n", TimedOut: false));
        outcome.LastLine().Should().Be("err");
    }

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("uses POSIX sleep and sh");
        }
    }
}
