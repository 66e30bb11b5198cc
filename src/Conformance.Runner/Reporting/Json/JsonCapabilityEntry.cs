namespace Conformance.Runner.Reporting.Json;

/// <summary>A capability's counts in <c>results.json</c>, with its status: the worst of its tests'.</summary>
internal sealed record JsonCapabilityEntry(string Capability, string Status, int Total, int Passed, int Failed, int Skipped, int Error);
