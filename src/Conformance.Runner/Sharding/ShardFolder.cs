using Conformance.Runner.Evidence;
using Conformance.Runner.Results;

namespace Conformance.Runner.Sharding;

/// <summary>A shard's output folder as <c>conformance merge</c> reads it: its results and its evidence manifest.</summary>
public sealed record ShardFolder(string Path, RunResult Run, EvidenceManifest? Manifest)
{
    /// <summary>What the shard was judged against, comparable between shards: program and the digests of the bundled guideline, add-on and waivers.</summary>
    public string Judgement()
    {
        var certification = Run.Certification;
        // Only the judging inputs: the command line and discovery snapshot in evidence/ differ from shard to shard.
        var judging = Manifest?.Judgement is { } j ? new[] { j.Guideline, j.AddOnGuideline, j.Waivers }.OfType<string>().ToHashSet(StringComparer.Ordinal) : [];
        var inputs = (Manifest?.Files ?? []).Where(f => judging.Contains(f.Path)).Select(f => f.Sha256).Order(StringComparer.Ordinal);
        return $"{certification?.GuidelineId} {certification?.Program} {certification?.AddOn} [{string.Join(",", inputs)}]";
    }

    public string Describe() => $"{Path} ({Run.Certification?.Title ?? Run.Target})";
}
