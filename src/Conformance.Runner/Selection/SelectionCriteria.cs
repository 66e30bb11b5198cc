namespace Conformance.Runner.Selection;

/// <summary>What <c>--only</c>, <c>--no-flagged</c>, <c>--test</c> and <c>--test-list</c> ask for; each given one narrows the run.</summary>
public sealed record SelectionCriteria(StatusChoice? Only, bool ExcludeFlagged, IReadOnlyList<TestRequest> Tests)
{
    public bool IsEmpty => Only is null && Tests.Count == 0 && !ExcludeFlagged;
}
