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
    [Test]
    public async Task Run_GlanceStoppedMidway_UnansweredTestsAreUnreachableErrorsAndExit3()
    {
        var endpoint = await PrivateGlance.UpAsync();
        using var run = PrivateGlanceRun.Start(endpoint, "endpoint-loss", ["--retries", "1"]);
        try
        {
            await run.UnderwayAsync();
            await PrivateGlance.DownAsync();

            var outcome = await run.Outcome;

            outcome.ExitCode.Should().Be(ExitCodes.EndpointUnreachable, "{0}", outcome);
            var said = outcome.Stderr.Split('\n').Where(l => l.StartsWith("conformance: ", StringComparison.Ordinal)).ToList();
            said.Should().ContainSingle("{0}", outcome).Which.Should().Contain("stopped answering during the run").And.Contain("endpoint unreachable");
            var tests = run.Results()["tests"]!.AsArray().OfType<JsonObject>().ToList();
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
            await RunnerProcess.RunAsync(["cleanup", "--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--run-id", run.RunId],
                TimeSpan.FromMinutes(2));
            await PrivateGlance.DownAsync();
        }
    }
}
