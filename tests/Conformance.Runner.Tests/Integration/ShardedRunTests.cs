using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// A run split in two shards that run at once against the reference Glance, then merged, is the same run as
/// a whole one: the same tests, the same verdict, one results.json; a shard of another run is refused.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class ShardedRunTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "conformance-shards-" + Guid.NewGuid().ToString("N")[..8]);

    [OneTimeTearDown]
    public void RemoveOutput()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public async Task TwoShardsMerged_AreTheWholeRun()
    {
        var target = await RunnerProcess.ReferenceTargetAsync();
        var runId = "it-" + Guid.NewGuid().ToString("N")[..8];
        string Folder(string name) => Path.Combine(_root, name);
        var whole = RunnerProcess.RunAsync(["run", .. target, "--output", Folder("whole")], TimeSpan.FromMinutes(10));
        var first = RunnerProcess.RunAsync(["run", .. target, "--shard", "1/2", "--run-id", runId, "--output", Folder("s1")], TimeSpan.FromMinutes(10));
        var second = RunnerProcess.RunAsync(["run", .. target, "--shard", "2/2", "--run-id", runId, "--output", Folder("s2")], TimeSpan.FromMinutes(10));
        await Task.WhenAll(whole, first, second);

        var merge = await RunnerProcess.RunAsync(["merge", Folder("s1"), Folder("s2"), "--output", Folder("merged")], TimeSpan.FromMinutes(2));
        var foreign = await RunnerProcess.RunAsync(["merge", Folder("s1"), Folder("whole"), "--output", Folder("refused")], TimeSpan.FromMinutes(1));

        (await first).ExitCode.Should().Be(ExitCodes.Passed, "{0}", await first);
        (await second).ExitCode.Should().Be(ExitCodes.Passed, "{0}", await second);
        merge.ExitCode.Should().Be(ExitCodes.Passed, "{0}", merge);
        var wholeResults = RunnerProcess.ReadResults(Folder("whole"));
        var merged = RunnerProcess.ReadResults(Folder("merged"));
        var shard = RunnerProcess.ReadResults(Folder("s1"))["shard"]!;
        (shard["index"]!.GetValue<int>(), shard["count"]!.GetValue<int>()).Should().Be((1, 2));
        merged["runId"]!.GetValue<string>().Should().Be(runId);
        merged["tests"]!.AsArray().Select(t => t!["fullName"]!.GetValue<string>()).Should()
            .BeEquivalentTo(wholeResults["tests"]!.AsArray().Select(t => t!["fullName"]!.GetValue<string>()));
        merged["summary"]!.ToJsonString().Should().Be(wholeResults["summary"]!.ToJsonString());
        merged["certification"]!["verdict"]!.GetValue<string>().Should().Be(wholeResults["certification"]!["verdict"]!.GetValue<string>())
            .And.Be("compliant");
        merge.Stdout.Should().Contain((await whole).Stdout.Split('\n').Single(l => l.StartsWith("verdict: ", StringComparison.Ordinal)));
        File.Exists(Path.Combine(Folder("merged"), "junit.xml")).Should().BeTrue();
        File.Exists(Path.Combine(Folder("merged"), "manifest.json")).Should().BeTrue();
        foreign.ExitCode.Should().Be(ExitCodes.BadUsage, "{0}", foreign);
        foreign.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("is not a shard");
    }
}
