namespace Conformance.Runner.Profile;

/// <summary>What the profile measures, decided once from the options and the cloud's size cap.</summary>
public sealed record ProfilePlan(IReadOnlyList<long> Sizes, int Rounds, int Concurrency, long ConcurrencySize)
{
    /// <summary>Bounds an import or copy, so that one that never ends is a finding, not a hung profile.</summary>
    public TimeSpan ImportDeadline { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What was asked for but will not be measured (sizes above the cap), and why.</summary>
    public IReadOnlyList<NotMeasured> Excluded { get; init; } = [];

    /// <summary>The size imports are measured with: the smallest chosen.</summary>
    public long ImportSize => Sizes.Min();
}
