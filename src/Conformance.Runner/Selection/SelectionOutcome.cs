using Conformance.Runner.Execution;

namespace Conformance.Runner.Selection;

/// <summary>
/// The tests a selection runs, and what it asked for that the suite has no test of (a guideline test, or a
/// requested id or name): reported, never silently dropped.
/// </summary>
public sealed record SelectionOutcome(IReadOnlyList<TestDescriptor> Selected, IReadOnlyList<string> NotInSuite, string Description);
