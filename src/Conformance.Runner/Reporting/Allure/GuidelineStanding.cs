using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Where the guideline the run was judged against places one of the suite's tests: the status of its
/// capability (the strongest, when several guideline tests match it), whether it is flagged, and the
/// waiver that excuses it. A test the guideline does not name has no status.
/// </summary>
internal sealed record GuidelineStanding(CapabilityStatus? Status, string? Flagged, string? Waived)
{
    public static GuidelineStanding Of(RunResult run, TestRecord test)
    {
        var judged = run.Certification?.Tests.Where(t => t.MatchedTests.Contains(test.FullName, StringComparer.Ordinal)).ToList() ?? [];
        var waived = run.Certification?.Waivers.FirstOrDefault(w => w.Effect == WaiverEffect.Applied && new Waiver(w.Test, w.Reason, w.Expires).Covers(test.FullName, test.IdempotentId));
        return new GuidelineStanding(
            judged.Count == 0 ? null : judged.Min(t => t.Status),
            judged.Select(t => t.Flagged).FirstOrDefault(f => f is not null),
            judged.Select(t => t.Waived).FirstOrDefault(w => w is not null) ?? (waived is null ? null : $"{waived.Reason} (until {waived.Expires:yyyy-MM-dd})"));
    }

    /// <summary>Allure's severity: what failing it costs under the guideline.</summary>
    public string Severity => (Status, Flagged) switch
    {
        (CapabilityStatus.Required, null) => "critical",
        (CapabilityStatus.Required, _) or (CapabilityStatus.Advisory, _) => "normal",
        (CapabilityStatus.Deprecated, _) => "minor",
        (CapabilityStatus.Removed, _) => "trivial",
        _ => "normal",
    };

    /// <summary>The line put before the test's own message, so that triage categories can tell waived and flagged results apart.</summary>
    public string? MessagePrefix => Waived is not null ? $"Waived: {Waived}." : Flagged is not null ? $"Flagged in the guideline: {Flagged}." : null;
}
