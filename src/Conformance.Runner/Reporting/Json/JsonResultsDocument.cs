using Conformance.Runner.Certification;
using Conformance.Runner.Profile;
using Conformance.Runner.Results;
using Conformance.Runner.Runs;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Reporting.Json;

/// <summary>
/// The shape of <c>results.json</c>, the machine-readable record of a run that later steps merge and
/// verify. Summary and capabilities are derived from the tests and written for readers' convenience only.
/// </summary>
internal sealed record JsonResultsDocument
{
    public required string Endpoint { get; init; }
    public required string RunId { get; init; }
    public required string Target { get; init; }
    public required string SuiteVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public bool Partial { get; init; }
    /// <summary>Shard index and count of a <c>--shard I/N</c> run; absent for a whole run.</summary>
    public ShardSpec? Shard { get; init; }
    /// <summary>The verdict against the guideline program and how it was reached; recomputable from the tests.</summary>
    public CertificationResult? Certification { get; init; }
    /// <summary>The verdict against the cloud standard judged in the same run, over its checks only; absent unless both were judged.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public CertificationResult? StandardCertification { get; init; }
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public RunSummary? Summary { get; init; }
    public IReadOnlyList<JsonCapabilityEntry> Capabilities { get; init; } = [];
    public required IReadOnlyList<JsonTestEntry> Tests { get; init; }
    /// <summary>The delivery profile (figures with units), when the run measured one; written as <see cref="ProfileJson"/> makes it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.Nodes.JsonObject? Profile { get; init; }
}
