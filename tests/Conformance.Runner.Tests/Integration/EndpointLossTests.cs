using System.Text.RegularExpressions;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The Glance under test is stopped in the middle of a run: the tests it leaves without an answer end in
/// error (endpoint unreachable), never as failures of conformance, and the runner exits 3 saying so.
/// Uses a private Glance (<see cref="PrivateGlance"/>), never the shared reference.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class EndpointLossTests
{
    private const int PassedBeforeStop = 5;

    // RunProgress's line for a passed test where output is not a terminal: "  5/210 passed  <capability> <name>";
    // \S* takes the colour codes, if any, after the count.
    private static readonly Regex PassedProgressLine = new(@"\d+/\d+\S*\s+passed ", RegexOptions.CultureInvariant);

    [Test]
    public async Task Run_GlanceStoppedMidway_UnansweredTestsAreUnreachableErrorsAndExit3()
    {
        var endpoint = await PrivateGlance.UpAsync();
        var runId = Guid.NewGuid().ToString("N")[..8];
        var output = Path.Combine(Path.GetTempPath(), "conformance-endpoint-loss-" + runId);
        try
        {
            var passedSoFar = 0;
            var somePassed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var run = RunnerProcess.RunAsync(
                ["run", "--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--run-id", runId, "--output", output, "--retries", "1"],
                TimeSpan.FromMinutes(10),
                onStdoutLine: line =>
                {
                    if (PassedProgressLine.IsMatch(line) && Interlocked.Increment(ref passedSoFar) == PassedBeforeStop)
                    {
                        somePassed.TrySetResult();
                    }
                });
            // Stop it once the run is well into its tests, by what the runner itself reports: a count of requests
            // in Glance's log may all be fixtures' images made ahead, with no test finished yet.
            if (await Task.WhenAny(somePassed.Task, run, Task.Delay(TimeSpan.FromMinutes(5))) != somePassed.Task)
            {
                Assert.Fail($"the run did not report {PassedBeforeStop} passed tests before ending or within 5 minutes: {(run.IsCompleted ? await run : "still running")}");
            }
            await PrivateGlance.DownAsync();

            var outcome = await run;

            outcome.ExitCode.Should().Be(ExitCodes.EndpointUnreachable, "{0}", outcome);
            var said = outcome.Stderr.Split('\n').Where(l => l.StartsWith("conformance: ", StringComparison.Ordinal)).ToList();
            said.Should().ContainSingle("{0}", outcome).Which.Should().Contain("stopped answering during the run").And.Contain("endpoint unreachable");
            var tests = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>().ToList();
            var unreachable = tests.Where(t => t["status"]!.ToString() == "error"
                && t["reason"]!.ToString().StartsWith(OutcomeMapping.UnreachableReason + ": ", StringComparison.Ordinal)).ToList();
            unreachable.Should().NotBeEmpty("the tests after the stop got no answer");
            tests.Where(t => t["status"]!.ToString() == "failed").Select(t => $"{t["name"]}: {t["reason"]}").ToList()
                .Should().BeEmpty("a server that went away is no verdict on conformance");
            tests.Should().Contain(t => t["status"]!.ToString() == "passed", "the tests before the stop ran");
        }
        finally
        {
            // What the run could not clean up when its Glance went away (images of the fixtures then in flight) is
            // removed as a user would, so that the next test of this Glance finds none of it.
            await PrivateGlance.UpAsync();
            await RunnerProcess.RunAsync(["cleanup", "--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--run-id", runId],
                TimeSpan.FromMinutes(2));
            await PrivateGlance.DownAsync();
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
