
namespace Conformance.Runner.SelfTest;

/// <summary>The whole self-test: the transparent baseline and every mutant's fate.</summary>
public sealed record SelfTestReport(
    string Endpoint,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    int BaselineTests,
    IReadOnlyList<MutantResult> Mutants)
{
    public int Killed => Mutants.Count(m => m.Verdict == MutantVerdict.Killed);

    /// <summary>Killed mutants over all mutants tried, as a percentage.</summary>
    public double KillRate => Mutants.Count == 0 ? 0 : 100.0 * Killed / Mutants.Count;

    public IEnumerable<MutantResult> Survivors => Mutants.Where(m => m.Verdict != MutantVerdict.Killed);
}
