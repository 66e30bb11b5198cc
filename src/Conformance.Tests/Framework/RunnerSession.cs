namespace Conformance.Tests.Framework;

/// <summary>
/// The session the runner hands to the tests it runs in-process. NUnit makes the fixtures itself, so no
/// constructor parameter can carry it: the runner sets it once, before the tests start, and nothing else does.
/// </summary>
public static class RunnerSession
{
    public static ConformanceSession? Current { get; set; }

    /// <summary>Under <c>--parallel auto</c>, how many fixtures may run at once; null when the number is fixed.</summary>
    public static AdaptiveFixtureLimit? FixtureLimit { get; set; }
}
