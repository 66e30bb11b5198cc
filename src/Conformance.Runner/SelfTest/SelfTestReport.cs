
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

    /// <summary>Mutants this endpoint's API version cannot judge: neither killed nor survivors.</summary>
    public int NotApplicable => Mutants.Count(m => m.Verdict == MutantVerdict.NotApplicable);

    /// <summary>The mutants judged here: every one tried but the not-applicable ones.</summary>
    public int Judged => Mutants.Count - NotApplicable;

    /// <summary>Killed mutants over the mutants judged, as a percentage.</summary>
    public double KillRate => Judged == 0 ? 0 : 100.0 * Killed / Judged;

    public IEnumerable<MutantResult> Survivors => Mutants.Where(m => m.Verdict is not (MutantVerdict.Killed or MutantVerdict.NotApplicable));
}
