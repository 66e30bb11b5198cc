using Conformance.Tests.Framework;

namespace Conformance.Runner.Concurrency;

/// <summary>
/// How many fixtures run at once, and why: <see cref="Workers"/> NUnit workers, and under auto the
/// <see cref="Limit"/> that admits fixtures to them as the cloud's answers allow.
/// </summary>
public sealed record ParallelDecision(int Workers, string Reason, AdaptiveFixtureLimit? Limit)
{
    /// <summary>For the report's environment, after the run: the number and why, or how the adaptive limit moved.</summary>
    public string Describe() => Limit is null ? $"{Workers} ({Reason})" : $"auto ({Reason}): {Limit.Describe()}";
}
