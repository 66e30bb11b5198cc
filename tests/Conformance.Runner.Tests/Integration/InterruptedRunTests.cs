using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// Ctrl-C in the middle of a run, against a real Glance: the runner stops, exits 130 with a partial result in which
/// no test is a failure, and deletes everything it had created. What it left is read by an admin of another
/// project, not by the runner's sweep: every image and namespace the Glance holds, whatever their names.
/// Uses a private Glance (<see cref="PrivateGlance"/>), whose only users are tests that run alone.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class InterruptedRunTests
{
    [Test]
    public async Task Run_InterruptedMidway_Exits130AndLeavesNothingItCreated()
    {
        var endpoint = await PrivateGlance.UpAsync();
        using var inventory = new GlanceInventory(new Uri(endpoint));
        try
        {
            var imagesBefore = await inventory.ImagesAsync(CancellationToken.None);
            var namespacesBefore = await inventory.NamespacesAsync(CancellationToken.None);
            using var ctrlC = new CancellationTokenSource();
            using var run = PrivateGlanceRun.Start(endpoint, "interrupted", interrupt: ctrlC.Token);
            await run.UnderwayAsync();
            // The control: the run has images of its own at this point (the shared ones, made ahead), so that
            // "none left" below is a deletion seen, not a run that never created anything.
            var imagesDuring = await inventory.ImagesAsync(CancellationToken.None);
            await ctrlC.CancelAsync();

            var outcome = await run.Outcome;

            imagesDuring.Should().Contain(i => i.Contains(" " + RunTag.Name(run.RunId, string.Empty), StringComparison.Ordinal),
                "the run had made images when it was interrupted");
            outcome.ExitCode.Should().Be(ExitCodes.Interrupted, "{0}", outcome);
            outcome.Stderr.Should().Contain("interrupted: stopping after the running test", "Ctrl-C is answered at once: {0}", outcome);
            var results = run.Results();
            results["partial"]!.GetValue<bool>().Should().BeTrue("tests were left unrun");
            var tests = results["tests"]!.AsArray().OfType<JsonObject>().ToList();
            tests.Should().Contain(t => t["status"]!.ToString() == "passed", "the tests before Ctrl-C ran");
            tests.Where(t => t["status"]!.ToString() == "failed").Select(t => $"{t["name"]}: {t["reason"]}").ToList()
                .Should().BeEmpty("a test cut short by Ctrl-C is no verdict on conformance");
            tests.Where(t => t["status"]!.ToString() == "error").Should().OnlyContain(
                t => t["reason"]!.ToString().StartsWith(OutcomeMapping.InterruptedReason + ": ", StringComparison.Ordinal),
                "the tests Ctrl-C cut short say so");
            (await inventory.ImagesAsync(CancellationToken.None)).Should().Equal(imagesBefore,
                "the run deletes every image it created, even when interrupted");
            (await inventory.NamespacesAsync(CancellationToken.None)).Should().Equal(namespacesBefore,
                "and every metadef namespace");
        }
        finally
        {
            await PrivateGlance.DownAsync();
        }
    }
}
