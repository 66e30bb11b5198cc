using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Certification;

/// <summary>
/// Judges a run against a scope, as RefStack would for the Images API part: every required, unflagged
/// test must have passed. A failure, or a skip because the cloud does not offer what is required, makes
/// the cloud non-compliant; an error, or a required test that did not run, leaves the verdict incomplete.
/// A required behaviour newer than the cloud's API version is not applicable: it neither counts for nor against it.
/// </summary>
public static class CertificationJudge
{
    /// <param name="suite">Every test of the suite, to tell a test not run from one the suite does not have.</param>
    /// <param name="waivers">Accepted exceptions; those expired on <paramref name="today"/> excuse nothing.</param>
    public static CertificationResult Judge(CertificationScope scope, RunResult run, IReadOnlyList<TestDescriptor> suite,
        IReadOnlyList<Waiver>? waivers = null, DateOnly today = default)
    {
        var active = (waivers ?? []).Where(w => w.IsActiveOn(today)).ToList();
        var judged = new List<JudgedTest>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var capability in scope.InScope)
        {
            foreach (var test in capability.Capability.Tests)
            {
                var records = run.Tests.Where(r => GuidelineTestMatcher.Matches(test, r.FullName, r.IdempotentId)).ToList();
                matched.UnionWith(records.Select(r => r.FullName));
                var one = JudgeOne(capability, test, records, suite);
                var waiver = one.Outcome == GuidelineOutcome.Passed ? null
                    : active.FirstOrDefault(w => w.Covers(test.Name, test.IdempotentId) || records.Any(r => w.Covers(r.FullName, r.IdempotentId)));
                judged.Add(waiver is null ? one : one with { Waived = $"{waiver.Reason} (until {waiver.Expires:yyyy-MM-dd})" });
            }
        }
        var (verdict, reasons) = Decide(judged, run.Partial);
        var beyond = run.Tests.Where(t => !matched.Contains(t.FullName)).ToList();
        var excused = judged.Where(t => t.Waived is not null).SelectMany(t => t.MatchedTests).ToHashSet(StringComparer.Ordinal);
        var failures = run.Tests.Where(t => t.Status is TestOutcome.Failed or TestOutcome.Error).ToList();
        var unwaived = failures.Count(t => !excused.Contains(t.FullName) && !active.Any(w => w.Covers(t.FullName, t.IdempotentId)));
        return new CertificationResult
        {
            GuidelineId = scope.GuidelineId,
            Program = scope.Program,
            AddOn = scope.AddOn,
            Title = scope.Title,
            Verdict = verdict,
            Reasons = reasons,
            Figures = Figures(scope, judged),
            ProgramCapabilities = scope.Capabilities.GroupBy(c => c.Status).OrderBy(g => g.Key)
                .ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count()),
            OutOfScope = scope.OutOfScopeByService(),
            Tests = judged,
            BeyondGuideline = beyond.Count,
            BeyondGuidelineFailed = beyond.Count(t => t.Status is TestOutcome.Failed or TestOutcome.Error),
            UnwaivedFailures = unwaived,
            Waivers = (waivers ?? []).Select(w => new WaiverUse(w.Test, w.Reason, w.Expires, EffectOf(w, today, judged, run))).ToList(),
        };
    }

    private static JudgedTest JudgeOne(ScopedCapability capability, GuidelineTest test, List<TestRecord> records, IReadOnlyList<TestDescriptor> suite)
    {
        var (outcome, reason) = records.Count > 0
            ? Of(records.MaxBy(r => r.Status)!)
            : suite.Any(d => GuidelineTestMatcher.Matches(test, d.FullName, d.IdempotentId))
                ? (GuidelineOutcome.NotRun, "the suite has a test for it, but this run did not run it")
                : (GuidelineOutcome.NotInSuite, "no test of the suite matches it by idempotent id, name or alias");
        return new JudgedTest
        {
            Capability = capability.Name,
            Status = capability.Status,
            Name = test.Name,
            IdempotentId = test.IdempotentId,
            Flagged = test.FlaggedReason,
            Outcome = outcome,
            MatchedTests = records.Select(r => r.FullName).Distinct().Order(StringComparer.Ordinal).ToList(),
            Reason = reason,
        };
    }

    private static (GuidelineOutcome, string?) Of(TestRecord record) => record.Status switch
    {
        TestOutcome.Passed => (GuidelineOutcome.Passed, null),
        TestOutcome.Failed => (GuidelineOutcome.Failed, record.Reason),
        TestOutcome.Skipped => (record.SkipKind switch
        {
            SkipKind.NotOffered => GuidelineOutcome.NotOffered,
            SkipKind.NotApplicable => GuidelineOutcome.NotApplicable,
            _ => GuidelineOutcome.Skipped,
        }, record.Reason),
        _ => (GuidelineOutcome.Error, record.Reason),
    };

    private static (Verdict, IReadOnlyList<string>) Decide(List<JudgedTest> judged, bool partial)
    {
        var deciding = judged.Where(t => t.Decides && t.Outcome != GuidelineOutcome.NotApplicable).ToList();
        var notPassed = deciding.Where(t => t.Outcome != GuidelineOutcome.Passed).ToList();
        var unexcused = notPassed.Where(t => t.Waived is null).ToList();
        var reasons = notPassed.Select(t => $"{t.Name} ({t.Capability}): {Describe(t.Outcome)}: {FirstLine(t.Reason)}"
            + (t.Waived is null ? string.Empty : $" [waived: {t.Waived}]")).ToList();
        if (partial)
        {
            reasons.Add("the run was interrupted: some tests never ran");
        }
        if (deciding.Count == 0)
        {
            reasons.Add("the program requires no Images API test: there is nothing to judge");
            return (Verdict.Incomplete, reasons);
        }
        if (unexcused.Any(IsNonConformance))
        {
            return (Verdict.NonCompliant, reasons);
        }
        if (unexcused.Count > 0 || partial)
        {
            return (Verdict.Incomplete, reasons);
        }
        return (notPassed.Count > 0 ? Verdict.CompliantWithWaivers : Verdict.Compliant, reasons);
    }

    private static WaiverEffect EffectOf(Waiver waiver, DateOnly today, List<JudgedTest> judged, RunResult run)
    {
        var names = judged.Where(t => waiver.Covers(t.Name, t.IdempotentId) || t.MatchedTests.Any(m => waiver.Covers(m, null))).ToList();
        var records = run.Tests.Where(t => waiver.Covers(t.FullName, t.IdempotentId) || names.Any(n => n.MatchedTests.Contains(t.FullName))).ToList();
        if (!waiver.IsActiveOn(today))
        {
            return WaiverEffect.Expired;
        }
        if (names.Count == 0 && records.Count == 0)
        {
            return WaiverEffect.Unused;
        }
        return names.Any(t => t.Outcome != GuidelineOutcome.Passed) || records.Any(t => t.Status != TestOutcome.Passed)
            ? WaiverEffect.Applied : WaiverEffect.Unneeded;
    }

    private static bool IsNonConformance(JudgedTest test) => test.Outcome is GuidelineOutcome.Failed or GuidelineOutcome.NotOffered;

    private static IReadOnlyList<StatusFigures> Figures(CertificationScope scope, List<JudgedTest> judged) =>
        scope.InScope.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g =>
        {
            var tests = judged.Where(t => t.Status == g.Key).ToList();
            var applicable = tests.Where(t => t.Outcome != GuidelineOutcome.NotApplicable).ToList();
            var counted = applicable.Where(t => t.Flagged is null).ToList();
            var capabilitiesPassed = g.Count(c => counted.Where(t => t.Capability == c.Name).All(t => t.Outcome == GuidelineOutcome.Passed));
            return new StatusFigures(g.Key, capabilitiesPassed, g.Count(), counted.Count(t => t.Outcome == GuidelineOutcome.Passed), counted.Count,
                applicable.Count - counted.Count, tests.Count - applicable.Count);
        }).ToList();

    private static string Describe(GuidelineOutcome outcome) => outcome switch
    {
        GuidelineOutcome.NotRun => "not run",
        GuidelineOutcome.NotInSuite => "not in the suite",
        _ => CertificationText.Outcome(outcome),
    };

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "(no reason given)" : text.Trim().Split('\n')[0].Trim();
}
