using Conformance.Runner.Results;
using Conformance.Runner.Standards;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The labels that place a test in Allure's views: the run's target as epic (a standard's check judged beside a
/// guideline: the standard's), the capability as feature
/// and suite, the operation under test as story, so that behaviours and suites read as the API does; the severity and status tags come from the guideline.
/// </summary>
internal static class AllureLabels
{
    public const string IdempotentId = "idempotent_id";

    /// <summary>The operation under test; for a check of a cloud standard (SCS), whose operation is always the image list, its testcase id.</summary>
    private static string Story(TestRecord test) =>
        StandardRunParts.IsStandardCheck(test.IdempotentId) ? test.IdempotentId!
        : string.IsNullOrWhiteSpace(test.Operation) ? test.Capability : test.Operation;

    private static string Epic(RunResult run, TestRecord test) =>
        run.StandardCertification is { } standard && StandardRunParts.IsStandardCheck(test.IdempotentId) ? standard.Title : run.Target;

    public static IReadOnlyList<AllureLabel> For(RunResult run, TestRecord test, GuidelineStanding standing)
    {
        var labels = new List<AllureLabel>
        {
            new("epic", Epic(run, test)),
            new("feature", test.Capability),
            new("story", Story(test)),
            new("suite", test.Capability),
            new("tag", test.Capability),
            new("tag", test.Persona),
            new("severity", standing.Severity),
        };
        if (standing.Status is { } status)
        {
            labels.Add(new("tag", status.ToString().ToLowerInvariant()));
        }
        if (standing.Flagged is not null)
        {
            labels.Add(new("tag", "flagged"));
        }
        if (standing.Waived is not null)
        {
            labels.Add(new("tag", "waived"));
        }
        if (!string.IsNullOrWhiteSpace(test.IdempotentId))
        {
            labels.Add(new(IdempotentId, test.IdempotentId));
        }
        return labels;
    }
}
