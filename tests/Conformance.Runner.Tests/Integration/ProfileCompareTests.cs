using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The delivery profile against the reference Glance, through a proxy that first forwards as it is and then holds
/// back every download's data: compare flags the downloads as slower and --fail-on-slower fails on them.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class ProfileCompareTests
{
    private const string Download = "download 1 MiB";
    private string _fast = null!;
    private string _slow = null!;
    private string _damaged = null!;
    private RunnerOutcome _fastRun = null!;
    private RunnerOutcome _damagedRun = null!;

    [OneTimeSetUp]
    public async Task ProfileThroughProxyTwice()
    {
        var root = Path.Combine(Path.GetTempPath(), "conformance-profile-" + Guid.NewGuid().ToString("N")[..8]);
        (_fast, _slow, _damaged) = (Path.Combine(root, "fast"), Path.Combine(root, "slow"), Path.Combine(root, "damaged"));
        await using var proxy = new DelayingProxy(new Uri(RunnerProcess.ReferenceEndpoint()));
        _fastRun = await ProfileAsync(proxy, _fast);
        proxy.DataDelay = TimeSpan.FromMilliseconds(600);
        await ProfileAsync(proxy, _slow);
        (proxy.DataDelay, proxy.DamageData) = (TimeSpan.Zero, true);
        _damagedRun = await ProfileAsync(proxy, _damaged);
    }

    [OneTimeTearDown]
    public void RemoveOutput()
    {
        if (_fast is not null && Directory.GetParent(_fast) is { Exists: true } root)
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void Profile_WritesVerifiedFiguresWithUnits()
    {
        _fastRun.ExitCode.Should().Be(ExitCodes.Passed, "no transfer went wrong: {0}", _fastRun);
        var profile = RunnerProcess.ReadResults(_fast)["profile"]!.AsObject();
        var figures = profile["figures"]!.AsArray().OfType<JsonObject>().ToDictionary(f => f["name"]!.GetValue<string>());
        figures.Should().ContainKeys("upload 1 MiB", Download, "ranged read (second half) 1 MiB", "import glance-direct to active", "delete image");
        figures[Download]["unit"]!.GetValue<string>().Should().Be("MB/s");
        figures[Download]["count"]!.GetValue<int>().Should().Be(3);
        figures.Keys.Should().Contain(k => k.StartsWith("latency GET /v2/images/{image_id}", StringComparison.Ordinal));
        profile["findings"]!.AsArray().Should().BeEmpty();
        File.ReadAllText(Path.Combine(_fast, "summary.md")).Should().Contain("| " + Download + " | MB/s | 3 |");
    }

    [Test]
    public void Profile_DamagedDownloads_AreFindingsWithTheirExchangeAndNeverCounted()
    {
        _damagedRun.ExitCode.Should().Be(ExitCodes.TestsFailed, "a transfer with the wrong bytes is a finding: {0}", _damagedRun);
        var profile = RunnerProcess.ReadResults(_damaged)["profile"]!.AsObject();
        var findings = profile["findings"]!.AsArray().OfType<JsonObject>().ToList();
        findings.Should().Contain(f => f["what"]!.GetValue<string>().Contains("not the bytes sent", StringComparison.Ordinal)
            && f["exchange"]!["method"]!.GetValue<string>() == "GET" && f["exchange"]!["requestId"] != null);
        profile["figures"]!.AsArray().OfType<JsonObject>().Select(f => f["name"]!.GetValue<string>())
            .Should().NotContain(Download, "a fast wrong answer never counts").And.Contain("upload 1 MiB", "the uploads were right (the control)");
    }

    [Test]
    public async Task Compare_SlowedDownloads_FlaggedAndFailOnSlowerExits1()
    {
        var compare = await RunnerProcess.RunAsync(["compare", _fast, _slow, "--fail-on-slower", "50"], TimeSpan.FromMinutes(1));

        compare.ExitCode.Should().Be(ExitCodes.TestsFailed, "the downloads took at least twice as long: {0}", compare);
        compare.Stdout.Should().Contain($"slower {Download}:");
    }

    [Test]
    public async Task Compare_ProfileWithItself_NothingSlower()
    {
        var compare = await RunnerProcess.RunAsync(["compare", _fast, _fast, "--fail-on-slower", "50"], TimeSpan.FromMinutes(1));

        compare.ExitCode.Should().Be(ExitCodes.Passed, "{0}", compare);
        compare.Stdout.Should().Contain("profile: 0 figures moved");
    }

    private static async Task<RunnerOutcome> ProfileAsync(DelayingProxy proxy, string output) =>
        await RunnerProcess.RunAsync(["profile", .. await RunnerProcess.ReferenceTargetAsync(proxy.BaseAddress), "--sizes", "1MiB",
            "--rounds", "3", "--concurrency", "2", "--concurrency-size", "1MiB", "--output", output], TimeSpan.FromMinutes(5));
}
