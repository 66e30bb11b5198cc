using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>The whole suite against the real reference Glance: every interop image test must pass.</summary>
[Category(TestCategories.Integration)]
public sealed class ReferenceGlanceRunTests
{
    private string _output = null!;
    private RunnerOutcome _run = null!;
    private BystanderImages _bystanders = null!;
    private IReadOnlyDictionary<string, string> _before = null!;
    private IReadOnlyDictionary<string, string> _after = null!;

    [OneTimeSetUp]
    public async Task RunWholeSuiteOnce()
    {
        _output = Path.Combine(Path.GetTempPath(), "conformance-it-" + Guid.NewGuid().ToString("N")[..8]);
        _bystanders = new BystanderImages(new Uri(RunnerProcess.ReferenceEndpoint()));
        await _bystanders.CreateAsync(CancellationToken.None);
        _before = await _bystanders.SnapshotAsync(CancellationToken.None);
        _run = await RunnerProcess.RunAsync(
            ["run", .. await RunnerProcess.ReferenceTargetAsync(), "--output", _output], TimeSpan.FromMinutes(10));
        _after = await _bystanders.SnapshotAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task RemoveOutputAndBystanders()
    {
        if (_bystanders is not null)
        {
            await _bystanders.DeleteAsync(CancellationToken.None);
            _bystanders.Dispose();
        }
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static int SuiteSize => SuiteAssembly.Describe(SuiteAssembly.FilterFor([])).Count;

    [Test]
    public void Run_ExitsZeroWithClosingLine()
    {
        _run.ExitCode.Should().Be(ExitCodes.Passed, "every test passes against the reference: {0}", _run);
        _run.Stdout.Should().Contain(AllPassedRun.ClosingLine(_output));
    }

    [Test]
    public void Results_HaveEveryApplicableTestPassedIncludingThe23InteropOnes()
    {
        var interopIds = File.ReadAllLines(Path.Combine(RepositoryPaths.SharedReference(), "interop_image_capabilities.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[7]).ToList();
        var tests = RunnerProcess.ReadResults(_output)["tests"]!.AsArray().OfType<JsonObject>().ToList();

        tests.Should().HaveCount(SuiteSize);
        tests.Should().OnlyContain(t => AllPassedRun.PassedOrNotApplicable(t), "{0}", _run);
        tests.Select(t => t["idempotentId"]?.GetValue<string>()).Should().Contain(interopIds);
    }

    [Test]
    public void Run_LeavesImagesWithoutItsTagExactlyAsTheyWere()
    {
        _before.Should().HaveCount(5);
        _after.Should().Equal(_before, "a run never changes what it did not create: other owners' images and untagged ones keep their fields and data");
    }
}
