using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Comparison;

/// <summary>
/// Two runs side by side, test by test (by full name): what regressed, what was fixed, what else moved,
/// and how each verdict went (the guideline's, and the standard's judged beside it, e.g. SCS). Worse means a
/// regression, or a passing verdict that no longer passes.
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

    public string? VerdictBefore => NameOf(Before.Certification);

    public string? VerdictAfter => NameOf(After.Certification);

    /// <summary>The verdict of the standard judged beside the guideline (null in both when neither run judged one).</summary>
    public string? StandardVerdictBefore => NameOf(Before.StandardCertification);

    public string? StandardVerdictAfter => NameOf(After.StandardCertification);

    public bool IsWorse =>
        Count(ChangeKind.Regressed) > 0
        || StoppedPassing(Before.Certification, After.Certification)
        || StoppedPassing(Before.StandardCertification, After.StandardCertification);

    private static string? NameOf(CertificationResult? certification) => certification is { } c ? VerdictNames.Of(c.Verdict) : null;

    private static bool StoppedPassing(CertificationResult? before, CertificationResult? after) =>
        before is { } b && after is { } a && VerdictNames.Passes(b.Verdict) && !VerdictNames.Passes(a.Verdict);

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
