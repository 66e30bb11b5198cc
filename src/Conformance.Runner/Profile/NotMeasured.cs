namespace Conformance.Runner.Profile;

/// <summary>A figure the profile could not take on this cloud, and why (not offered, above the size cap, no reachable source ...).</summary>
public sealed record NotMeasured(string Figure, string Reason);
