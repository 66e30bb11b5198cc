namespace Conformance.Runner.Verdicts;

/// <summary>The words reports use for a verdict, the same as in results.json.</summary>
public static class VerdictNames
{
    /// <summary>True for the verdicts a run may exit 0 with.</summary>
    public static bool Passes(Verdict verdict) => verdict is Verdict.Compliant or Verdict.CompliantWithWaivers;

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Compliant => "compliant",
        Verdict.CompliantWithWaivers => "compliant-with-waivers",
        Verdict.NonCompliant => "non-compliant",
        Verdict.Incomplete => "incomplete",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown verdict"),
    };
}
