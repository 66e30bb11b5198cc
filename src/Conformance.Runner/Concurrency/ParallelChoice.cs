using Conformance.Runner.Execution;
using Conformance.Runner.Sharding;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Concurrency;

/// <summary><c>run</c>'s concurrency: the fixtures at once that <c>--parallel N</c> gives, or auto's limit that the cloud's answers move.</summary>
public static class ParallelChoice
{
    /// <summary>Auto starts here: a cloud of one API worker still gains from a second fixture (tests also wait, poll and sleep).</summary>
    public const int AutoInitial = 2;

    /// <summary>Auto never goes past this many fixtures at once.</summary>
    public const int AutoMaximum = 16;

    public static ParallelDecision Decide(ParallelRequest request, IReadOnlyList<TestDescriptor> tests)
    {
        if (request.Fixed is { } n)
        {
            return new ParallelDecision(n, $"--parallel {n}", null);
        }
        var fixtures = tests.Select(ShardPartition.FixtureOf).Distinct(StringComparer.Ordinal).Count();
        var limit = new AdaptiveFixtureLimit(AutoInitial, Math.Clamp(fixtures, 1, AutoMaximum));
        return new ParallelDecision(limit.Maximum, request.Auto ? $"--parallel {ParallelRequest.AutoName}" : "the default", limit);
    }

    public static IReadOnlyDictionary<string, string> WithFacts(IReadOnlyDictionary<string, string> environment, ParallelDecision decision) =>
        new Dictionary<string, string>(environment) { ["parallel"] = decision.Describe() };
}
