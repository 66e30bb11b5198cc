namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// What one SCS testcase gives over the image set: the official outcome, every finding behind it, and,
/// for an abort, why the official check would have raised.
/// </summary>
public sealed record ScsCheckResult(string TestcaseId, ScsOutcome Outcome, IReadOnlyList<ScsFinding> Findings, string? AbortReason = null)
{
    public IEnumerable<ScsFinding> Errors => Findings.Where(f => f.Kind == ScsFindingKind.Error);

    /// <summary>The line the official test prints on stdout.</summary>
    public string OfficialLine => $"{TestcaseId}: {Outcome.ToString().ToUpperInvariant()}";

    /// <summary>PASS when no finding is an error, else FAIL.</summary>
    public static ScsCheckResult Of(string testcaseId, IReadOnlyList<ScsFinding> findings) =>
        new(testcaseId, findings.Any(f => f.Kind == ScsFindingKind.Error) ? ScsOutcome.Fail : ScsOutcome.Pass, findings);

    public static ScsCheckResult Aborted(string testcaseId, string reason, IReadOnlyList<ScsFinding>? findings = null) =>
        new(testcaseId, ScsOutcome.Abort, findings ?? [], reason);
}
