namespace Conformance.Runner.Profile;

/// <summary>What <c>conformance profile</c> measured of one cloud: the figures, what it could not measure, and what went wrong.</summary>
public sealed record CloudProfile
{
    public required IReadOnlyList<long> Sizes { get; init; }
    public required int Rounds { get; init; }
    public required int Concurrency { get; init; }
    public required IReadOnlyList<Figure> Figures { get; init; }
    public required IReadOnlyList<NotMeasured> NotMeasured { get; init; }
    public required IReadOnlyList<ProfileFinding> Findings { get; init; }
    /// <summary>Every exchange of the run (the suite's too under <c>run --profile</c>), answers that were retried, and error answers.</summary>
    public required int Exchanges { get; init; }
    public required int Retries { get; init; }
    public required int Errors { get; init; }
    public required double DurationSeconds { get; init; }
}
