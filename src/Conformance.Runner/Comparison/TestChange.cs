using Conformance.Runner.Results;

namespace Conformance.Runner.Comparison;

/// <summary>One test in two runs: its outcome before and after (null when it was not in that run).</summary>
public sealed record TestChange(string FullName, string Name, string Capability, TestOutcome? Before, TestOutcome? After, ChangeKind Kind, string? Reason);
