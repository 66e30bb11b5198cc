using Conformance.Runner.Certification;

namespace Conformance.Runner.Commands;

/// <summary>What a run is judged against and with: the scope, the <c>--target</c> it came from, waivers, the RefStack cpid.</summary>
public sealed record Judging(CertificationScope Scope, string Target, IReadOnlyList<Waiver> Waivers, string? WaiversPath, string? Cpid);
