using System.Globalization;

namespace Conformance.Runner.Concurrency;

/// <summary>
/// How many fixtures at once a cloud takes, from its answers: the first round sends requests one at a time (the
/// baseline), each further round doubles the requests in flight. It settles on the last concurrency that the cloud
/// answered cleanly and that paid: it stops before a round with any distress (no answer, 429, 5xx), before one whose
/// throughput gained less than <see cref="MinGain"/> over the round before, or whose median latency grew past
/// <see cref="MaxSlowdown"/> times the baseline (requests queue there). Never more than <c>cap</c>.
/// </summary>
public static class ParallelSizing
{
    /// <summary>A doubling must bring at least this much more throughput to be worth its load on the cloud.</summary>
    public const double MinGain = 1.3;

    /// <summary>A median latency beyond this many times the baseline means the cloud queues what it is sent.</summary>
    public const double MaxSlowdown = 3.0;

    /// <param name="rounds">The rounds so far: the baseline at concurrency 1 first, then each doubling.</param>
    /// <param name="cap">The most worth running: <see cref="ParallelRequest.Max"/>, and no more than the run has fixtures.</param>
    public static SizingStep Decide(IReadOnlyList<ProbeRound> rounds, int cap)
    {
        if (rounds.Count == 0)
        {
            return SizingStep.Probe(1, 1);
        }
        var baseline = rounds[0];
        if (baseline.Distressed > 0)
        {
            return SizingStep.Settle(1, $"the cloud answered {Describe(baseline)} to requests sent one at a time");
        }
        var last = rounds[^1];
        var kept = rounds.Count >= 2 ? rounds[^2].Concurrency : 1;
        if (rounds.Count >= 2)
        {
            var before = rounds[^2];
            if (last.Distressed > 0)
            {
                return SizingStep.Settle(kept, $"at {last.Concurrency} requests at once the cloud answered {Describe(last)}");
            }
            if (last.MedianMs > MaxSlowdown * Math.Max(baseline.MedianMs, 1))
            {
                return SizingStep.Settle(kept, $"at {last.Concurrency} at once the median latency was {Ms(last.MedianMs)} against {Ms(baseline.MedianMs)} alone: requests queue");
            }
            if (last.Throughput < MinGain * before.Throughput)
            {
                return SizingStep.Settle(kept, $"{last.Concurrency} at once answered {Rate(last.Throughput)} against {Rate(before.Throughput)} at {before.Concurrency}: no gain worth the load");
            }
        }
        if (last.Concurrency >= cap)
        {
            return SizingStep.Settle(cap, $"the cloud kept gaining up to {cap} at once, the most this run can use");
        }
        return SizingStep.Probe(Math.Min(cap, last.Concurrency * 2), last.Concurrency);
    }

    private static string Describe(ProbeRound round) =>
        string.Join(", ", round.Answers.Where(a => ProbeRound.IsDistress(a.Status)).GroupBy(a => a.Status)
            .OrderBy(g => g.Key).Select(g => $"{g.Count()}x {(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))}"));

    private static string Ms(double ms) => ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static string Rate(double perSecond) => perSecond.ToString("0.#", CultureInfo.InvariantCulture) + " answers/s";
}
