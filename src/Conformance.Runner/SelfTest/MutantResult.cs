
namespace Conformance.Runner.SelfTest;

/// <summary>One row of the kill matrix.</summary>
public sealed record MutantResult(
    string Name,
    string Description,
    string Operation,
    MutantVerdict Verdict,
    IReadOnlyList<string> TestsRun,
    IReadOnlyList<string> KilledBy,
    long Applications,
    double DurationSeconds)
{
    /// <summary>Tests that errored rather than failed: they do not count as kills.</summary>
    public IReadOnlyList<string> Errored { get; init; } = [];
}
