using Conformance.ImagesApi.Session;
using Conformance.Runner.Execution;
using Conformance.Runner.Sharding;
using Spectre.Console;

namespace Conformance.Runner.Concurrency;

/// <summary><c>run</c>'s concurrency step: the fixtures at once that <c>--parallel</c> gives, or that the probe measures for auto.</summary>
public static class ParallelChoice
{
    public static async Task<ParallelDecision> DecideAsync(ParallelRequest request, ConformanceSession session,
        IReadOnlyList<TestDescriptor> tests, CancellationToken cancellationToken)
    {
        if (request.Fixed is { } n)
        {
            return ConcurrencyProbe.Fixed(n, $"--parallel {n}");
        }
        if (!request.IsAutoFor(session.Settings.Endpoint))
        {
            return ConcurrencyProbe.Fixed(1, "the default for an endpoint on this host (pass --parallel auto to measure it)");
        }
        var fixtures = tests.Select(ShardPartition.FixtureOf).Distinct(StringComparer.Ordinal).Count();
        var decision = await ConcurrencyProbe.MeasureAsync(session, Math.Clamp(fixtures, 1, ParallelRequest.Max), cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"--parallel {decision.Fixtures} ({decision.Reason}; probe {decision.RoundsText})");
        return decision;
    }

    public static IReadOnlyDictionary<string, string> WithFacts(IReadOnlyDictionary<string, string> environment, ParallelDecision decision)
    {
        var facts = new Dictionary<string, string>(environment) { ["parallel"] = $"{decision.Fixtures} ({decision.Reason})" };
        if (decision.Rounds.Count > 0)
        {
            facts["parallel.probe"] = decision.RoundsText;
        }
        return facts;
    }
}
