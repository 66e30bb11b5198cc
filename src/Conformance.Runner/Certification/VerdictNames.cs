namespace Conformance.Runner.Certification;

/// <summary>The words reports use for a verdict, the same as in results.json.</summary>
public static class VerdictNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Compliant => "compliant",
        Verdict.NonCompliant => "non-compliant",
        Verdict.Incomplete => "incomplete",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown verdict"),
    };
}
