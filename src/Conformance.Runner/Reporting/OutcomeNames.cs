using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// The words our own reports (JSON, JUnit, Markdown) use for outcomes. Allure has its own
/// vocabulary ("broken" for an error), kept apart in <c>AllureStatus</c>.
/// </summary>
internal static class OutcomeNames
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Error = "error";

    public static string Of(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => Passed,
        TestOutcome.Failed => Failed,
        TestOutcome.Skipped => Skipped,
        TestOutcome.Error => Error,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };

    /// <summary>The outcome a name stands for, or null when the name is not one of ours.</summary>
    public static TestOutcome? Parse(string? name) => name switch
    {
        Passed => TestOutcome.Passed,
        Failed => TestOutcome.Failed,
        Skipped => TestOutcome.Skipped,
        Error => TestOutcome.Error,
        _ => null,
    };
}
