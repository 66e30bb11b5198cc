using System.Globalization;
using Conformance.Runner.Configuration;
using Conformance.Runner.Results;

namespace Conformance.Runner.Sharding;

/// <summary>
/// Puts the shards of one run back together: refuses (a usage error, one line) folders that are not shards,
/// shards of different runs, endpoints, suite versions or judgements, and a shard given twice or missing;
/// otherwise one <see cref="RunResult"/> with every shard's tests, to be judged as a whole run.
/// </summary>
public static class ShardMerge
{
    public const string ShardsKey = "merged.shards";

    public static RunResult Merge(IReadOnlyList<ShardFolder> shards)
    {
        if (shards.Count == 0)
        {
            throw new UsageException("no shard given: pass the output folders of every 'run --shard I/N' of the run");
        }
        var notShard = shards.FirstOrDefault(s => s.Run.Shard is null);
        if (notShard is not null)
        {
            throw new UsageException($"{notShard.Path} is not a shard (its run had no --shard): merge only the output folders of 'run --shard I/N --run-id ID'");
        }
        var first = shards[0];
        Same(shards, s => s.Run.RunId, "runs", s => $"run {s.Run.RunId}");
        Same(shards, s => s.Run.Shard!.Count.ToString(CultureInfo.InvariantCulture), "shard counts", s => $"shard {s.Run.Shard}");
        Same(shards, s => s.Judgement(), "judgements (guideline, program, add-on or waivers)", s => s.Describe());
        Same(shards, s => s.Run.Endpoint, "endpoints", s => s.Run.Endpoint);
        Same(shards, s => s.Run.SuiteVersion, "suite versions", s => $"suite {s.Run.SuiteVersion}");

        var count = first.Run.Shard!.Count;
        foreach (var twice in shards.GroupBy(s => s.Run.Shard!.Index).Where(g => g.Count() > 1))
        {
            throw new UsageException($"shard {twice.Key}/{count} given twice ({string.Join(" and ", twice.Select(s => s.Path))}): pass each shard's folder once");
        }
        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Run.Shard!.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"shard {string.Join(", ", missing.Select(i => $"{i}/{count}"))} of run {first.Run.RunId} missing: pass the output folders of all {count} shards");
        }
        var ordered = shards.OrderBy(s => s.Run.Shard!.Index).ToList();
        foreach (var test in ordered.SelectMany(s => s.Run.Tests.Select(t => (Test: t.FullName, Shard: s.Run.Shard!.Index)))
                     .GroupBy(t => t.Test, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new UsageException($"test {test.Key} is in shards {string.Join(" and ", test.Select(t => t.Shard))} of run {first.Run.RunId}: shards of one run must not overlap (were they run with different --capability?)");
        }

        var environment = new Dictionary<string, string>(first.Run.Environment)
        {
            [ShardsKey] = count.ToString(CultureInfo.InvariantCulture),
        };
        return first.Run with
        {
            StartedAt = ordered.Min(s => s.Run.StartedAt),
            FinishedAt = ordered.Max(s => s.Run.FinishedAt),
            Tests = [.. ordered.SelectMany(s => s.Run.Tests)],
            Partial = ordered.Any(s => s.Run.Partial),
            Shard = null,
            Certification = null,
            Environment = environment,
        };
    }

    private static void Same(IReadOnlyList<ShardFolder> shards, Func<ShardFolder, string> key, string what, Func<ShardFolder, string> describe)
    {
        var other = shards.FirstOrDefault(s => key(s) != key(shards[0]));
        if (other is not null)
        {
            throw new UsageException($"shards of different {what}: {shards[0].Path} is {describe(shards[0])}, {other.Path} is {describe(other)}; merge only the shards of one run");
        }
    }
}
