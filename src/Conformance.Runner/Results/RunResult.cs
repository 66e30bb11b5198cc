using Conformance.Runner.Profile;
using Conformance.Runner.Runs;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Results;

/// <summary>A whole run: where it ran, what was discovered, and every test's record. Reports are views of this.</summary>
public sealed record RunResult
{
    public required string Endpoint { get; init; }
    public required string RunId { get; init; }
    /// <summary>The program the run is judged for, e.g. <c>interop 2020.06 (images)</c>.</summary>
    public required string Target { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required string SuiteVersion { get; init; }
    /// <summary>Facts for the report's environment: API versions, import methods, stores, suite commit.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public required IReadOnlyList<TestRecord> Tests { get; init; }
    /// <summary>True when the run was interrupted and some tests never ran.</summary>
    public bool Partial { get; init; }
    /// <summary>Which part of a sharded run this is (<c>--shard I/N</c>); null for a whole run and for merged shards.</summary>
    public ShardSpec? Shard { get; init; }
    /// <summary>The judgement against the guideline program, when the run was judged against one.</summary>
    public CertificationResult? Certification { get; init; }

    /// <summary>The second verdict of a run that judged a cloud standard (SCS) beside the guideline: over the standard's checks only.</summary>
    public CertificationResult? StandardCertification { get; init; }

    /// <summary>The cloud's delivery profile, when the run measured one (<c>run --profile</c>, <c>profile</c>).</summary>
    public CloudProfile? Profile { get; init; }

    public RunSummary Summary => RunSummary.Of(Tests);

    /// <summary>A capability's status is the worst of its tests'.</summary>
    public IReadOnlyList<(string Capability, RunSummary Summary, TestOutcome Worst)> ByCapability() =>
        Tests.GroupBy(t => t.Capability).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, RunSummary.Of(g), g.Max(t => t.Status))).ToList();
}
