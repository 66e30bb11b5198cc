using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Results;
using Conformance.Runner.Runs;
using Conformance.Runner.Sharding;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Sharding;

public sealed class ShardMergeTests
{
    private static ShardFolder Shard(int index, int count, string runId = "run-a", string guidelineDigest = "aaaa", params string[] tests)
    {
        var run = Run(false, tests.Select(t => Record(t, null, TestOutcome.Passed)).ToArray()) with
        {
            RunId = runId,
            Shard = new ShardSpec(index, count),
            StartedAt = DateTimeOffset.UnixEpoch.AddSeconds(index),
            FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(10 * index),
        };
        var manifest = new EvidenceManifest
        {
            RunId = runId, Endpoint = run.Endpoint, SuiteVersion = run.SuiteVersion, Verdict = "incomplete",
            Judgement = new EvidenceJudgement("evidence/guideline-g.json", "platform", null, null, null),
            Files = [new EvidenceFile("results.json", "ffff"), new EvidenceFile("evidence/guideline-g.json", guidelineDigest)],
        };
        return new ShardFolder($"/out/s{index}", run, manifest);
    }

    [Test]
    public void Merge_AllShardsOfOneRun_IsOneWholeRun()
    {
        var merged = ShardMerge.Merge([Shard(2, 2, tests: ["T.C", "T.D"]), Shard(1, 2, tests: ["T.A", "T.B"])]);

        merged.Tests.Select(t => t.FullName).Should().Equal("T.A", "T.B", "T.C", "T.D");
        merged.RunId.Should().Be("run-a");
        merged.Shard.Should().BeNull();
        (merged.StartedAt, merged.FinishedAt).Should().Be((DateTimeOffset.UnixEpoch.AddSeconds(1), DateTimeOffset.UnixEpoch.AddSeconds(20)));
        merged.Environment[ShardMerge.ShardsKey].Should().Be("2");
    }

    [Test]
    public void Merge_ShardsOfDifferentRuns_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]), Shard(2, 2, runId: "run-b", tests: ["T.B"])], "shards of different runs: /out/s1 is run run-a, /out/s2 is run run-b*");

    [Test]
    public void Merge_ShardsJudgedAgainstDifferentGuidelines_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]), Shard(2, 2, guidelineDigest: "bbbb", tests: ["T.B"])], "shards of different judgements*");

    [Test]
    public void Merge_ShardCountsDiffer_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]), Shard(2, 3, tests: ["T.B"])], "shards of different shard counts*");

    [Test]
    public void Merge_AShardTwice_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]), Shard(1, 2, tests: ["T.A"]), Shard(2, 2, tests: ["T.B"])], "shard 1/2 given twice*");

    [Test]
    public void Merge_AShardMissing_IsRefused() =>
        Refused([Shard(1, 3, tests: ["T.A"]), Shard(3, 3, tests: ["T.B"])], "shard 2/3 of run run-a missing*");

    [Test]
    public void Merge_OverlappingShards_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]), Shard(2, 2, tests: ["T.A"])], "test T.A is in shards 1 and 2*");

    [Test]
    public void Merge_AWholeRun_IsRefused() =>
        Refused([Shard(1, 2, tests: ["T.A"]) with { Run = Run(false) }], "/out/s1 is not a shard*");

    private static void Refused(IReadOnlyList<ShardFolder> shards, string message) =>
        FluentActions.Invoking(() => ShardMerge.Merge(shards)).Should().Throw<UsageException>().WithMessage(message)
            .Which.ExitCode.Should().Be(ExitCodes.BadUsage);
}
