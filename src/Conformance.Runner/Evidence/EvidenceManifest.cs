using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Evidence;

/// <summary>
/// <c>manifest.json</c> of an evidence bundle (a run's output folder): the run, what it was judged against,
/// the verdict, and the digest of every file the verdict rests on. <c>conformance sign</c> signs these bytes.
/// </summary>
public sealed record EvidenceManifest
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "images-api-conformance-evidence/1";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Format { get; init; } = CurrentFormat;
    public required string RunId { get; init; }
    public required string Endpoint { get; init; }
    public required string SuiteVersion { get; init; }
    public required EvidenceJudgement Judgement { get; init; }
    public required string Verdict { get; init; }
    /// <summary>A cloud standard judged beside the guideline in the same run (the scope version as a guideline file); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EvidenceJudgement? StandardJudgement { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StandardVerdict { get; init; }
    public required IReadOnlyList<EvidenceFile> Files { get; init; }
}
