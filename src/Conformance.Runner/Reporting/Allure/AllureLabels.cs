using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The labels that place a test in Allure's views: the run's target as epic, the capability as feature
/// and suite, the operation under test as story, so that behaviours and suites read as the API does.
/// </summary>
internal static class AllureLabels
{
    public const string IdempotentId = "idempotent_id";

    // Every conformance requirement weighs the same until the programme says otherwise.
    private const string Severity = "critical";

    public static IReadOnlyList<AllureLabel> For(RunResult run, TestRecord test)
    {
        var labels = new List<AllureLabel>
        {
            new("epic", run.Target),
            new("feature", test.Capability),
            new("story", string.IsNullOrWhiteSpace(test.Operation) ? test.Capability : test.Operation),
            new("suite", test.Capability),
            new("tag", test.Capability),
            new("tag", test.Persona),
            new("severity", Severity),
        };
        if (!string.IsNullOrWhiteSpace(test.IdempotentId))
        {
            labels.Add(new(IdempotentId, test.IdempotentId));
        }
        return labels;
    }
}
