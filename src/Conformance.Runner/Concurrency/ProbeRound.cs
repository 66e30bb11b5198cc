namespace Conformance.Runner.Concurrency;

/// <summary>
/// One round of the concurrency probe: <see cref="Concurrency"/> requests in flight at once, each answer's status
/// (0: no answer) and time, and the round's wall time.
/// </summary>
public sealed record ProbeRound(int Concurrency, IReadOnlyList<(int Status, double Ms)> Answers, double WallMs)
{
    /// <summary>An answer that says the cloud is overrun or failing: none, 429, or any 5xx.</summary>
    public static bool IsDistress(int status) => status is 0 or 429 or >= 500;

    public int Distressed => Answers.Count(a => IsDistress(a.Status));

    /// <summary>Answers a second: what the cloud got done at this concurrency.</summary>
    public double Throughput => WallMs <= 0 ? 0 : Answers.Count * 1000.0 / WallMs;

    public double MedianMs
    {
        get
        {
            var sorted = Answers.Select(a => a.Ms).Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }
    }
}
