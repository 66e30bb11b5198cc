using System.Text.Json.Serialization;

namespace Conformance.Runner.SelfTest;

/// <summary>One row of the kill matrix.</summary>
public sealed record MutantResult(
    string Name,
    string Description,
    string Operation,
    MutantVerdict Verdict,
    IReadOnlyList<string> TestsRun,
    IReadOnlyList<string> KilledBy,
    long Applications,
    double DurationSeconds)
{
    /// <summary>Tests that errored rather than failed: they do not count as kills.</summary>
    public IReadOnlyList<string> Errored { get; init; } = [];

    /// <summary>What it breaks, for people: its operation, then its description (which leaves the operation out).</summary>
    [JsonIgnore]
    public string WhatItBreaks => $"{Operation}: {Description}";
}
