using System.Text.Json.Serialization;

namespace Conformance.Runner.Verdicts;

/// <summary>One test of the Images API part of the program, with the outcome of the suite's test(s) that match it.</summary>
public sealed record JudgedTest
{
    public required string Capability { get; init; }
    public required CapabilityStatus Status { get; init; }
    /// <summary>The guideline's name of the test (Tempest's, or ours in the project guideline).</summary>
    public required string Name { get; init; }
    public string? IdempotentId { get; init; }
    public string? Flagged { get; init; }
    public required GuidelineOutcome Outcome { get; init; }
    /// <summary>Full names of the suite's tests that match it.</summary>
    public IReadOnlyList<string> MatchedTests { get; init; } = [];
    public string? Reason { get; init; }
    /// <summary>The active waiver that excuses it not passing: <c>reason (until yyyy-MM-dd)</c>.</summary>
    public string? Waived { get; init; }

    /// <summary>True when it counts for the verdict: required and not flagged.</summary>
    [JsonIgnore]
    public bool Decides => Status == CapabilityStatus.Required && Flagged is null;
}
