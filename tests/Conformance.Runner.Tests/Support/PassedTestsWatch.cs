using System.Text.RegularExpressions;
using Conformance.Runner.Results;
using Conformance.Runner.Terminal;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// Reads a run's progress lines as the runner writes them (<see cref="RunProgress"/>'s, output not being a terminal:
/// "  5/210 passed  capability name") until <paramref name="count"/> tests have passed: the point at which a test
/// may act on a run well into its tests.
/// </summary>
internal sealed class PassedTestsWatch(int count)
{
    // \S* takes the colour codes, if any, after the count.
    private static readonly Regex PassedLine = new(@"\d+/\d+\S*\s+" + Regex.Escape(RunProgress.Glyph(TestOutcome.Passed)),
        RegexOptions.CultureInvariant);

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _passed;

    /// <summary>For <see cref="RunnerProcess.RunAsync"/>'s onStdoutLine.</summary>
    public void OnLine(string line)
    {
        if (PassedLine.IsMatch(line) && Interlocked.Increment(ref _passed) == count)
        {
            _reached.TrySetResult();
        }
    }

    /// <summary>Returns once they have passed; fails the test when the run ends first or <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(Task<RunnerOutcome> run, TimeSpan timeout)
    {
        if (await Task.WhenAny(_reached.Task, run, Task.Delay(timeout)) != _reached.Task)
        {
            Assert.Fail($"the run did not report {count} passed tests before it ended or within {timeout.TotalMinutes} min: {(run.IsCompleted ? await run : "still running")}");
        }
    }
}
