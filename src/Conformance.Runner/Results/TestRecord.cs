using Conformance.ImagesApi.Recording;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Results;

/// <summary>The result of one conformance test with its metadata and HTTP transcript.</summary>
public sealed record TestRecord
{
    /// <summary>The test method name, e.g. <c>ListImages_FilteredByStatus_ReturnsOnlyThatStatus</c>.</summary>
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required string Capability { get; init; }
    public string? IdempotentId { get; init; }
    public required string Requirement { get; init; }
    public string? MinApiVersion { get; init; }
    public required string Persona { get; init; }
    /// <summary>The operation under test, e.g. <c>GET /v2/images</c>.</summary>
    public string? Operation { get; init; }
    public required TestOutcome Status { get; init; }
    /// <summary>Why it was skipped, failed or errored; null when it passed.</summary>
    public string? Reason { get; init; }
    /// <summary>Why a skipped test did not judge the cloud, as the test typed it; null unless it was skipped.</summary>
    public SkipKind? SkipKind { get; init; }
    public string? StackTrace { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public double DurationMs { get; init; }
    public IReadOnlyList<HttpExchange> Exchanges { get; init; } = [];
    /// <summary>For a record read back from results.json (no transcripts): how many exchanges it made, as written.</summary>
    public int? RecordedExchangeCount { get; init; }
    /// <summary>For a record read back from results.json: the operations it exercised with their statuses, as written.</summary>
    public IReadOnlyList<string>? RecordedObserved { get; init; }
    /// <summary>Structured findings beyond the outcome (per image: rule id, field, expected, found); none for most tests.</summary>
    public IReadOnlyList<TestFinding> Findings { get; init; } = [];
    /// <summary>What the test wrote to its output (cleanup notes and the like).</summary>
    public string? Output { get; init; }
}
