using Conformance.ImagesApi.Session;
using Conformance.Runner.Discovery;
using Conformance.Runner.Results;

namespace Conformance.Runner.Execution;

/// <summary>What one pass produced: the result, what was discovered, what the sweep deleted, whether Ctrl-C stopped it.</summary>
public sealed record SuiteRunOutcome(RunResult Result, DiscoveredFeatures Features, IReadOnlyList<string> Swept, bool Interrupted);
