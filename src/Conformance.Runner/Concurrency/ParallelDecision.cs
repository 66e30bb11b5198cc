namespace Conformance.Runner.Concurrency;

/// <summary>How many fixtures run at once, and why: the number given, the default, or what the probe measured.</summary>
public sealed record ParallelDecision(int Fixtures, string Reason, IReadOnlyList<ProbeRound> Rounds)
{
    /// <summary>The probe's rounds in one line, for the report's environment: concurrency, answers/s and median latency.</summary>
    public string RoundsText => string.Join("; ", Rounds.Select(r =>
        FormattableString.Invariant($"{r.Concurrency}: {r.Throughput:0.#}/s, p50 {r.MedianMs:0.#} ms{(r.Distressed > 0 ? $", {r.Distressed} distressed" : string.Empty)}")));
}
