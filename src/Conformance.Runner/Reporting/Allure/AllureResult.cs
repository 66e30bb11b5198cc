namespace Conformance.Runner.Reporting.Allure;

/// <summary>The content of one <c>{uuid}-result.json</c> file, in Allure's documented test result format.</summary>
internal sealed record AllureResult
{
    public required string Uuid { get; init; }
    /// <summary>The same for every run of the test, so that Allure can show its history.</summary>
    public required string HistoryId { get; init; }
    public required string TestCaseId { get; init; }
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required string Description { get; init; }
    public required string Status { get; init; }
    public AllureStatusDetails? StatusDetails { get; init; }
    public string Stage { get; init; } = "finished";
    public required long Start { get; init; }
    public required long Stop { get; init; }
    public required IReadOnlyList<string> TitlePath { get; init; }
    public required IReadOnlyList<AllureLabel> Labels { get; init; }
    public IReadOnlyList<AllureLink> Links { get; init; } = [];
    public required IReadOnlyList<AllureParameter> Parameters { get; init; }
    public required IReadOnlyList<AllureAttachment> Attachments { get; init; }
}
