using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>A capability of the selected program with its status there, and whether it is ours to test (the Images API part).</summary>
public sealed record ScopedCapability(GuidelineCapability Capability, CapabilityStatus Status, bool InScope)
{
    public string Name => Capability.Name;
    public string Project => Capability.Project;
}
