namespace Conformance.Runner.Reporting.Json;

/// <summary>One test in <c>results.json</c>: its metadata, outcome and how many HTTP exchanges it made.</summary>
internal sealed record JsonTestEntry
{
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required string Capability { get; init; }
    public string? IdempotentId { get; init; }
    public required string Requirement { get; init; }
    public required string Persona { get; init; }
    public string? Operation { get; init; }
    public string? MinApiVersion { get; init; }
    /// <summary>One of <c>passed</c>, <c>failed</c>, <c>skipped</c>, <c>error</c>.</summary>
    public required string Status { get; init; }
    public string? Reason { get; init; }
    /// <summary>For a skipped test, why: <c>not-applicable</c>, <c>not-offered</c>, <c>persona-missing</c>, <c>not-practical</c> or <c>other</c>.</summary>
    public string? SkipKind { get; init; }
    public string? StackTrace { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public double DurationMs { get; init; }
    /// <summary>The count only: transcripts live in the Allure attachments.</summary>
    public int Exchanges { get; init; }
    /// <summary>Each operation exercised with the status it got (<c>GET /v2/images 200</c>), for the coverage table.</summary>
    public IReadOnlyList<string> Observed { get; init; } = [];
    /// <summary>Every answer that was not final because the request was sent again (<c>GET /v2/images attempt 1: HTTP 503; attempt 2 of 3 after 0.5 s</c>); the test judged the last one.</summary>
    public IReadOnlyList<string> Retries { get; init; } = [];
    public string? Output { get; init; }
    /// <summary>Structured findings (rule id, kind, image, field, expected, found); left out when the test has none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Conformance.Tests.Framework.TestFinding>? Findings { get; init; }
}
