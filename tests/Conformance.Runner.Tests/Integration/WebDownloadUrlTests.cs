using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// --web-download-url: the web-download tests import from a server the cloud can reach that is not the suite's own
/// loopback source (a Glance that refuses 127.0.0.1 and admits only that server), and pass; without it they cannot.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class WebDownloadUrlTests
{
    private static readonly string[] WebDownloadTests =
        ["ImportImage_WebDownload_BecomesActiveWithServedData", "ImportImage_WebDownloadUnservedUrl_RecordsFailedStore"];

    private string _endpoint = null!;
    private readonly List<string> _outputs = [];

    [OneTimeSetUp]
    public async Task StartGlance() => _endpoint = await WebDownloadGlance.UpAsync();

    [OneTimeTearDown]
    public async Task StopGlance()
    {
        await WebDownloadGlance.DownAsync();
        foreach (var output in _outputs.Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Run_WithUrlOfReachableServer_WebDownloadTestsPassFromIt()
    {
        await using var source = new StaticImageServer(WebDownloadGlance.SourceHost, WebDownloadGlance.SourcePort, 300_000);

        var (run, tests) = await RunInteropImportAsync("--web-download-url", source.Uri.ToString());

        tests.Should().OnlyContain(t => t.Status == "passed", "the cloud fetches the given source: {0}", run);
        // The runner reads it once to learn its size and SHA-256; the cloud reads it for the import.
        source.Served.Should().BeGreaterThanOrEqualTo(2, "the cloud itself must have fetched the given source");
        RunnerProcess.ReadResults(_outputs[^1]).ToJsonString().Should().Contain(source.Sha256, "the report names the source and its hash");
    }

    [Test]
    public async Task Run_WithSizeAndSha256_ChecksTheImportAgainstThem()
    {
        await using var source = new StaticImageServer(WebDownloadGlance.SourceHost, WebDownloadGlance.SourcePort, 200_000);
        var wrongSha256 = new string('0', 64);

        var (run, tests) = await RunInteropImportAsync("--web-download-url", source.Uri.ToString(),
            "--web-download-size", source.Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web-download-sha256", wrongSha256);

        source.Served.Should().BeGreaterThanOrEqualTo(1, "the cloud fetched it: {0}", run);
        tests.Single(t => t.Name == WebDownloadTests[0]).Status.Should().Be("failed",
            "the imported bytes do not have the SHA-256 the user gave, so the import cannot be judged right: {0}", run);
    }

    [Test]
    public async Task Run_WithoutUrl_LoopbackSourceIsRefusedByThisCloud()
    {
        var (run, tests) = await RunInteropImportAsync();

        // Refusing a source up front (400) is the operator's legal choice, so the tests cannot judge: not practical.
        tests.Should().OnlyContain(t => t.Status == "skipped/not-practical",
            "this Glance admits only {0}, so the suite's own 127.0.0.1 source is refused (the control of the tests above): {1}", WebDownloadGlance.SourceHost, run);
    }

    [Test]
    public async Task Run_WithUnreadableUrl_EndsBeforeAnyTestWithTheFix()
    {
        var run = await RunnerProcess.RunAsync(["run", "--endpoint", _endpoint, "--trusted-project", TrustedPersonas.ProjectA,
            "--web-download-url", $"http://{WebDownloadGlance.SourceHost}:{WebDownloadGlance.SourcePort}/nothing"], TimeSpan.FromMinutes(1));

        run.ExitCode.Should().Be(ExitCodes.BadUsage, "{0}", run);
        run.Stderr.Should().Contain("--web-download-url").And.Contain("could not be read");
    }

    private async Task<(RunnerOutcome Run, IReadOnlyList<(string Name, string Status)> Tests)> RunInteropImportAsync(params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "conformance-wd-" + Guid.NewGuid().ToString("N")[..8]);
        _outputs.Add(output);
        var run = await RunnerProcess.RunAsync(["run", "--endpoint", _endpoint, "--trusted-project", TrustedPersonas.ProjectA,
            "--capability", "images-v2-interop-import", "--output", output, .. extra], TimeSpan.FromMinutes(5));
        var tests = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>()
            .Select(t => (Name: t["name"]!.GetValue<string>().Split('.')[^1],
                Status: t["status"]!.GetValue<string>() + (t["skipKind"] is { } kind ? "/" + kind.GetValue<string>() : string.Empty)))
            .Where(t => WebDownloadTests.Contains(t.Name)).ToList();
        tests.Should().HaveCount(WebDownloadTests.Length, "{0}", run);
        return (run, tests);
    }
}
