using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// Which runs' resources are ours to delete: one run (its id) or every run. An image is a run's when its
/// name starts with the run's prefix (<c>cts-RUNID-</c>) and its <c>conformance_run</c> property is the run id;
/// a metadef namespace when its name starts with that prefix. Nothing else ever matches.
/// </summary>
public sealed partial record RunSelector
{
    private RunSelector(string? runId) => RunId = runId;

    /// <summary>The run, or null for every run.</summary>
    public string? RunId { get; }

    public static RunSelector All { get; } = new((string?)null);

    public static RunSelector Only(string runId) => IsRunId(runId) ? new RunSelector(runId)
        : throw new ArgumentException($"'{runId}' is not a run id", nameof(runId));

    /// <summary>
    /// What a run id looks like: the runner makes 8 hex digits; a shard's is the given <c>--run-id</c> with <c>-IofN</c>.
    /// Letters, digits, underscores and dashes (not first), at most 64.
    /// </summary>
    public static bool IsRunId(string? value) => value is not null && RunIdPattern().IsMatch(value);

    /// <summary>The list filter that narrows the walk to the run's images; none for every run.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ImageQuery =>
        RunId is null ? [new("limit", "100")] : [new(RunTag.Property, RunId), new("limit", "100")];

    public bool MatchesImage(JsonObject image)
    {
        var tag = image[RunTag.Property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var name = image["name"] is JsonValue named && named.TryGetValue<string>(out var n) ? n : null;
        return IsRunId(tag) && (RunId is null || tag == RunId)
            && name?.StartsWith(RunTag.Name(tag!, string.Empty), StringComparison.Ordinal) == true;
    }

    public bool MatchesNamespace(string name)
    {
        if (RunId is not null)
        {
            return name.StartsWith(RunTag.Name(RunId, string.Empty), StringComparison.Ordinal);
        }
        var match = TaggedNamePattern().Match(name);
        return match.Success && IsRunId(match.Groups[1].Value);
    }

    public override string ToString() => RunId is null ? "every run" : $"run {RunId}";

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex RunIdPattern();

    /// <summary><c>cts-RUNID-purpose</c>: any run's namespace; which '-' ends the id does not matter for every run.</summary>
    [GeneratedRegex("^cts-([A-Za-z0-9_][A-Za-z0-9_-]{0,63}?)-.")]
    private static partial Regex TaggedNamePattern();
}
