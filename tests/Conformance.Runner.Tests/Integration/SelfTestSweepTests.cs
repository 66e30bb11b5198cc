using Conformance.Runner.Configuration;
using Conformance.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The whole mutation self-test against the reference Glance: the proxy is transparent, and every
/// mutant of the catalogue is killed by at least one test that failed (not errored) because of it.
/// </summary>
[Category(TestCategories.Integration)]
[Category(TestCategories.Slow)]
public sealed class SelfTestSweepTests
{
    private string _output = null!;
    private RunnerOutcome _run = null!;

    [OneTimeSetUp]
    public async Task SweepTheWholeCatalogueOnce()
    {
        _output = Path.Combine(Path.GetTempPath(), "conformance-selftest-" + Guid.NewGuid().ToString("N")[..8]);
        _run = await RunnerProcess.RunAsync(
            ["selftest", .. await RunnerProcess.ReferenceTargetAsync(), "--output", _output], TimeSpan.FromMinutes(20));
    }

    [OneTimeTearDown]
    public void RemoveOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Test]
    public void Sweep_KillsEveryMutantAndExitsZero()
    {
        _run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", _run);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_output, "selftest.json")))!.AsObject();
        var matrix = report["matrix"]!.AsArray().OfType<JsonObject>().ToList();

        matrix.Select(m => m["name"]!.GetValue<string>()).Should().BeEquivalentTo(MutantCatalog.All.Select(m => m.Name));
        var notApplicable = matrix.Where(m => m["verdict"]!.GetValue<string>() == "not-applicable").ToList();
        matrix.Except(notApplicable).Should().OnlyContain(m => m["verdict"]!.GetValue<string>() == "killed" && m["killedBy"]!.AsArray().Count > 0);
        // The reference offers API 2.16: the mutants of later operations are judged by SelfTestLaterVersionTests.
        notApplicable.Select(m => m["name"]!.GetValue<string>()).Should().BeEquivalentTo(SelfTestLaterVersionTests.MutantsOfLaterOperations());
        report["killRate"]!.GetValue<double>().Should().Be(100);
    }

    [Test]
    public void Sweep_PrintsItsDurationAndWritesAReadableTable()
    {
        _run.Stdout.Should().MatchRegex(@"whole sweep \d+(\.\d)? s");
        File.ReadAllText(Path.Combine(_output, "selftest.md")).Should().Contain("| `show-image-drops-status` | Killed |");
    }
}
