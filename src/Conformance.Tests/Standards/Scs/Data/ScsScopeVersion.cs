namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>A version of the SCS-compatible IaaS scope (e.g. v5.1, next) and the image modules it includes.</summary>
public sealed record ScsScopeVersion(string Name, string? StabilizedAt, IReadOnlyList<string> Modules);
