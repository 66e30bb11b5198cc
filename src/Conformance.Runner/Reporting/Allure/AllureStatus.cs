using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>Our outcome scale in Allure's words: an error of the suite or environment is "broken".</summary>
internal static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";

    public static string Of(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => Passed,
        TestOutcome.Failed => Failed,
        TestOutcome.Error => Broken,
        TestOutcome.Skipped => Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };
}
