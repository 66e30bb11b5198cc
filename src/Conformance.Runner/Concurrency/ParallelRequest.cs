namespace Conformance.Runner.Concurrency;

/// <summary>What <c>--parallel</c> asked for: a fixed number of fixtures at once, auto, or nothing (auto, the default).</summary>
public sealed record ParallelRequest(int? Fixed, bool Auto)
{
    public const string AutoName = "auto";

    /// <summary>More workers than this only queue on the cloud's API workers.</summary>
    public const int Max = 32;

    public static ParallelRequest Default { get; } = new(null, false);

    /// <exception cref="ArgumentException">Neither a number from 1 to <see cref="Max"/> nor auto: the message names the fix.</exception>
    public static ParallelRequest Parse(string? value) =>
        value is null ? Default
        : string.Equals(value.Trim(), AutoName, StringComparison.OrdinalIgnoreCase) ? new ParallelRequest(null, true)
        : int.TryParse(value, out var n) && n is >= 1 and <= Max ? new ParallelRequest(n, false)
        : throw new ArgumentException($"--parallel {value}: pass a number of fixtures from 1 to {Max}, or {AutoName}");
}
