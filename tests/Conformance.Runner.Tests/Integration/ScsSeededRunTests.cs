using System.Diagnostics;
using Conformance.Runner.Configuration;
using Conformance.Runner.Standards;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// <c>--standard scs-compatible-iaas</c> against a real Glance seeded by scripts/scs-seed (on the private Glance, whose
/// public images only this fixture publishes): the compliant set passes all 23 v5.1 main testcases, and each broken
/// variant fails its testcase, naming the image and the property.
/// </summary>
[Category(TestCategories.Integration)]
[Category(TestCategories.Slow)]
[NonParallelizable]
public sealed class ScsSeededRunTests
{
    private string _endpoint = null!;
    private readonly List<string> _outputs = [];

    /// <summary>The variants the seed script knows: name, the testcase that must fail, the image, the property.</summary>
    public static IEnumerable<TestCaseData> Variants() => Seed("variants").Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|'))
        .Select(v => new TestCaseData(v[0], v[1], v[2], v[3]).SetName($"Variant_{v[0]}_Fails{v[1]}"));

    [OneTimeSetUp]
    public async Task UpAsync()
    {
        if (!File.Exists(StandardSelection.DefaultDataFile()))
        {
            Assert.Ignore($"the SCS data {StandardSelection.DefaultDataFile()} is not here (../shared beside the repository)");
        }
        _endpoint = await PrivateGlance.UpAsync();
    }

    [OneTimeTearDown]
    public async Task CleanUpAsync()
    {
        if (_endpoint is not null)
        {
            Seed("clean");
            await PrivateGlance.DownAsync();
        }
        foreach (var output in _outputs.Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Compliant_All23MainTestcasesPass()
    {
        Seed("compliant").Code.Should().Be(0);

        var (run, output) = await RunAsync();

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        var lines = File.ReadAllLines(Path.Combine(output, ScsOfficialResultsWriter.FileName));
        lines.Should().HaveCount(23).And.OnlyContain(l => l.EndsWith(": PASS", StringComparison.Ordinal));
        RunnerProcess.ReadResults(output)["certification"]!["verdict"]!.GetValue<string>().Should().Be("compliant");
    }

    [TestCaseSource(nameof(Variants))]
    public async Task Variant_FailsItsTestcaseNamingImageAndProperty(string variant, string testcaseId, string image, string property)
    {
        Seed(variant).Code.Should().Be(0);

        var (run, output) = await RunAsync();

        run.ExitCode.Should().Be(ExitCodes.TestsFailed, "{0}", run);
        File.ReadAllLines(Path.Combine(output, ScsOfficialResultsWriter.FileName)).Should().Contain($"{testcaseId}: FAIL");
        var test = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>()
            .Single(t => t["idempotentId"]?.GetValue<string>() == testcaseId);
        var reason = test["reason"]!.GetValue<string>();
        reason.Should().Contain(property == "name" ? $"\"{image}\"" : $"\"{image}\": {property}");
        RunnerProcess.ReadResults(output)["certification"]!["verdict"]!.GetValue<string>().Should().Be("non-compliant");
    }

    private async Task<(RunnerOutcome Run, string Output)> RunAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "conformance-scs-" + Guid.NewGuid().ToString("N")[..8]);
        _outputs.Add(output);
        var run = await RunnerProcess.RunAsync(["run", "--endpoint", _endpoint, "--trusted-project", TrustedPersonas.ProjectA,
            "--standard", StandardSelection.ScsName, "--scope-version", "v5.1", "--output", output], TimeSpan.FromMinutes(3));
        return (run, output);
    }

    private static (int Code, string Output) Seed(string command)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "scs-seed"), [command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SCS_SEED_ENDPOINT"] = $"http://127.0.0.1:{PrivateGlance.Port}";
        using var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/scs-seed did not start");
        var output = script.StandardOutput.ReadToEnd() + script.StandardError.ReadToEnd();
        script.WaitForExit();
        return (script.ExitCode, output);
    }
}
