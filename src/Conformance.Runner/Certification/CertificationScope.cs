using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>
/// What a run is judged against: one program of one guideline (plus an add-on, if chosen), its
/// capabilities with their status, split into the Images API part (ours) and the rest (other services).
/// </summary>
public sealed record CertificationScope
{
    /// <summary>The service whose capabilities this suite tests.</summary>
    public const string ImagesService = "glance";

    public required string GuidelineId { get; init; }
    public required string GuidelinePath { get; init; }
    public required string Program { get; init; }
    public string? AddOn { get; init; }
    public string? AddOnGuidelineId { get; init; }
    public string? AddOnGuidelinePath { get; init; }
    public required IReadOnlyList<ScopedCapability> Capabilities { get; init; }
    /// <summary>Tempest's test names by bare idempotent id, from every capability the guideline files define (listed or not), for RefStack.</summary>
    public IReadOnlyDictionary<string, string> TempestNames { get; init; } = new Dictionary<string, string>();

    /// <summary>How reports name what the run is judged for, e.g. <c>interop 2020.06, OpenStack Powered Compute</c>.</summary>
    public string Title => $"guideline {GuidelineId}, {Program}" + (AddOn is null ? string.Empty : $" + add-on {AddOn} ({AddOnGuidelineId})");

    public IEnumerable<ScopedCapability> InScope => Capabilities.Where(c => c.InScope);

    public IReadOnlyList<ServiceCount> OutOfScopeByService() =>
        Capabilities.Where(c => !c.InScope).GroupBy(c => c.Project)
            .Select(g => new ServiceCount(g.Key, g.Count(), g.Count(c => c.Status == CapabilityStatus.Required), g.Sum(c => c.Capability.Tests.Count)))
            .OrderByDescending(s => s.Capabilities).ThenBy(s => s.Service, StringComparer.Ordinal).ToList();
}
