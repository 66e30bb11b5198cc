namespace Conformance.Runner.Verdicts;

/// <summary>Where a component lists a capability in a schema 2.0 guideline; only required ones decide the verdict.</summary>
public enum CapabilityStatus
{
    Required,
    Advisory,
    Deprecated,
    Removed,
}
