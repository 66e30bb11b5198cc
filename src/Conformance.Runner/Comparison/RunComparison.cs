using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Comparison;

/// <summary>
/// Two runs side by side, test by test (by full name): what regressed, what was fixed, what else moved,
/// and how the verdict went. Worse means a regression, or a passing verdict that no longer passes.
/// </summary>
public sealed record RunComparison(RunResult Before, RunResult After, IReadOnlyList<TestChange> Changes)
{
    public static RunComparison Of(RunResult before, RunResult after)
    {
        var earlier = before.Tests.GroupBy(t => t.FullName).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var later = after.Tests.GroupBy(t => t.FullName).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var changes = earlier.Keys.Union(later.Keys).Order(StringComparer.Ordinal).Select(name =>
        {
            var b = earlier.GetValueOrDefault(name);
            var a = later.GetValueOrDefault(name);
            var test = a ?? b!;
            return new TestChange(name, test.Name, test.Capability, b?.Status, a?.Status, KindOf(b?.Status, a?.Status), a?.Reason);
        }).ToList();
        return new RunComparison(before, after, changes);
    }

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public string? VerdictBefore => Before.Certification is { } c ? VerdictNames.Of(c.Verdict) : null;

    public string? VerdictAfter => After.Certification is { } c ? VerdictNames.Of(c.Verdict) : null;

    public bool IsWorse =>
        Count(ChangeKind.Regressed) > 0
        || (Before.Certification is { } b && After.Certification is { } a && VerdictNames.Passes(b.Verdict) && !VerdictNames.Passes(a.Verdict));

    public string ClosingLine() =>
        $"{Count(ChangeKind.Regressed)} regressed, {Count(ChangeKind.Fixed)} fixed, {Count(ChangeKind.Changed)} changed, "
        + $"{Count(ChangeKind.Added)} added, {Count(ChangeKind.Removed)} removed, {Count(ChangeKind.Unchanged)} unchanged";

    private static ChangeKind KindOf(TestOutcome? before, TestOutcome? after) => (before, after) switch
    {
        (null, _) => ChangeKind.Added,
        (_, null) => ChangeKind.Removed,
        var (b, a) when b == a => ChangeKind.Unchanged,
        (TestOutcome.Passed, TestOutcome.Failed or TestOutcome.Error) => ChangeKind.Regressed,
        (TestOutcome.Failed or TestOutcome.Error, TestOutcome.Passed) => ChangeKind.Fixed,
        _ => ChangeKind.Changed,
    };
}
