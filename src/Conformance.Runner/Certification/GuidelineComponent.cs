using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>A component (e.g. <c>os_powered_compute</c>): the capability names it lists under each status.</summary>
public sealed record GuidelineComponent(string Name, IReadOnlyDictionary<CapabilityStatus, IReadOnlyList<string>> Capabilities)
{
    public IEnumerable<(string Capability, CapabilityStatus Status)> Listed =>
        Capabilities.OrderBy(p => p.Key).SelectMany(p => p.Value.Select(c => (c, p.Key)));
}
