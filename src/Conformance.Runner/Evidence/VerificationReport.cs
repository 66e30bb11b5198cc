namespace Conformance.Runner.Evidence;

/// <summary>What <c>conformance verify</c> found: what held, and each problem, naming the file it is in.</summary>
public sealed record VerificationReport(IReadOnlyList<string> Facts, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
