namespace Conformance.Runner.Reporting.Allure;

/// <summary>One entry of <c>categories.json</c>: results of these statuses whose message matches fall in it.</summary>
internal sealed record AllureCategory(string Name, string Description, IReadOnlyList<string> MatchedStatuses)
{
    public string? MessageRegex { get; init; }
}
