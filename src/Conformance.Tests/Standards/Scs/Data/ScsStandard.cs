using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>
/// The SCS image standards as data (read from <c>scs-image-testcases.yaml</c>): the scope, its modules and versions
/// with their timeline, and the official test's standard-image specs and testcase wiring.
/// </summary>
public sealed record ScsStandard
{
    public required string SourcePath { get; init; }
    public required string ScopeName { get; init; }
    public required string ScopeUuid { get; init; }
    public required string ScopeUrl { get; init; }
    public required IReadOnlyDictionary<string, ScsImageSpec> Specs { get; init; }
    public required IReadOnlyDictionary<string, ScsTestcaseWiring> StandardImageTestcases { get; init; }
    public required IReadOnlyDictionary<string, ScsModule> Modules { get; init; }
    public required IReadOnlyDictionary<string, ScsScopeVersion> Versions { get; init; }
    public required IReadOnlyList<ScsTimelineEntry> Timeline { get; init; }
    /// <summary>The <c>image_spec</c> list each scs-0104 module is given by the scope, where its copy is at hand (by module id).</summary>
    public IReadOnlyDictionary<string, ScsImageSpecFile> ImageSpecFiles { get; init; } = new Dictionary<string, ScsImageSpecFile>();

    /// <summary>The status of a version on a day: the latest timeline entry up to it decides; a version it does not name is deprecated.</summary>
    public string StatusOn(string version, DateOnly day) =>
        Timeline.Where(e => e.Date <= day).MaxBy(e => e.Date) is { } entry && entry.Versions.TryGetValue(version, out var status) ? status : "deprecated";
}
