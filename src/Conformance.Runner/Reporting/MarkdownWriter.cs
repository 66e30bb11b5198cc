using System.Globalization;
using System.Text;
using Conformance.Runner.Certification;
using Conformance.Runner.Profile;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Writes <c>summary.md</c>, the page a person reads first (a CI job summary, a pull request comment):
/// where and when the run was, how each capability fared, then what went wrong and what was not tried.
/// </summary>
public sealed class MarkdownWriter : IReportWriter
{
    public const string FileName = "summary.md";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        await File.WriteAllTextAsync(path, Render(run), cancellationToken);
        return [path];
    }

    internal static string Render(RunResult run)
    {
        var text = new StringBuilder();
        AppendHeader(text, run);
        AppendCertification(text, run.Certification, "Certification");
        AppendCertification(text, run.StandardCertification, "Certification against the standard (its checks only)");
        AppendCapabilities(text, run);
        AppendProblemLines(text, run);
        AppendProblems(text, "Failures", "non-conformances: the endpoint did not do what the requirement says", run, TestOutcome.Failed);
        AppendProblems(text, "Errors", "the test could not judge the endpoint: a fault of the environment or of the suite", run, TestOutcome.Error);
        FindingsMarkdown.Append(text, run);
        AppendSkips(text, run);
        if (run.Profile is { } profile)
        {
            text.Append('\n').Append(ProfileMarkdown.Render(profile));
        }
        return text.ToString();
    }

    private static void AppendHeader(StringBuilder text, RunResult run)
    {
        text.Append("# Images API conformance: ").Append(run.Target).Append("\n\n");
        if (run.Certification is { } certification)
        {
            text.Append("**Verdict: ").Append(VerdictNames.Of(certification.Verdict)).Append("**: ")
                .Append(MarkdownText.Cell(certification.Detail())).Append("\n\n");
        }
        if (run.StandardCertification is { } standard)
        {
            text.Append("**Verdict against the standard: ").Append(VerdictNames.Of(standard.Verdict)).Append("**: ")
                .Append(MarkdownText.Cell(standard.Detail())).Append("\n\n");
        }
        if (run.Partial)
        {
            text.Append("> **Partial run:** it was interrupted, and some tests never ran.\n\n");
        }
        if (run.Environment.TryGetValue("WARNING", out var warning))
        {
            text.Append("> **Warning:** ").Append(warning).Append("\n\n");
        }
        text.Append("| | |\n|---|---|\n");
        text.Append("| Endpoint | ").Append(MarkdownText.Code(run.Endpoint)).Append(" |\n");
        text.Append("| Target | ").Append(MarkdownText.Cell(run.Target)).Append(" |\n");
        text.Append("| Run id | ").Append(MarkdownText.Code(run.RunId)).Append(" |\n");
        text.Append("| Started | ").Append(Time(run.StartedAt)).Append(" |\n");
        text.Append("| Duration | ").Append(Duration(run.FinishedAt - run.StartedAt)).Append(" |\n");
        text.Append("| Suite version | ").Append(MarkdownText.Cell(run.SuiteVersion)).Append(" |\n");
        var summary = run.Summary;
        text.Append(CultureInfo.InvariantCulture,
            $"| Result | {summary.Total} tests: {summary.Passed} passed, {summary.Failed} failed, {summary.Error} error, {summary.Skipped} skipped |\n\n");
    }

    private static void AppendCertification(StringBuilder text, CertificationResult? certification, string title)
    {
        if (certification is null)
        {
            return;
        }
        text.Append("## ").Append(title).Append("\n\n");
        foreach (var figures in certification.Figures)
        {
            text.Append("- Images part, ").Append(MarkdownText.Cell(CertificationText.Figures(figures))).Append('\n');
        }
        text.Append("- ").Append(MarkdownText.Cell(CertificationText.Program(certification))).Append('\n');
        text.Append("- Out of scope (other services, not tested here): ").Append(MarkdownText.Cell(CertificationText.OutOfScope(certification))).Append('\n');
        text.Append("- ").Append(MarkdownText.Cell(CertificationText.Beyond(certification))).Append("\n\n");
        if (certification.Reasons.Count > 0)
        {
            text.Append("Not passed:\n\n");
            foreach (var reason in certification.Reasons)
            {
                text.Append("- ").Append(MarkdownText.Cell(reason)).Append('\n');
            }
            text.Append('\n');
        }
        var waivers = CertificationText.Waivers(certification).ToList();
        if (waivers.Count > 0)
        {
            text.Append("Waivers:\n\n");
            foreach (var waiver in waivers)
            {
                text.Append("- ").Append(MarkdownText.Cell(waiver)).Append('\n');
            }
            text.Append('\n');
        }
        text.Append("| Guideline test | Capability | Status | Outcome | Suite test |\n|---|---|---|---|---|\n");
        foreach (var test in certification.Tests)
        {
            text.Append("| ").Append(MarkdownText.Code(test.Name)).Append(" | ").Append(MarkdownText.Cell(test.Capability))
                .Append(" | ").Append(test.Status.ToString().ToLowerInvariant()).Append(test.Flagged is null ? string.Empty : " (flagged)")
                .Append(" | ").Append(CertificationText.Outcome(test.Outcome)).Append(test.Waived is null ? string.Empty : " (waived)").Append(" | ")
                .Append(test.MatchedTests.Count == 0 ? "-" : string.Join("<br>", test.MatchedTests.Select(m => MarkdownText.Code(m[(m.LastIndexOf('.') + 1)..]))))
                .Append(" |\n");
        }
        text.Append('\n');
    }

    private static void AppendCapabilities(StringBuilder text, RunResult run)
    {
        text.Append("## Capabilities\n\n");
        text.Append("| Capability | Passed | Failed | Skipped | Error | Status |\n");
        text.Append("|---|---:|---:|---:|---:|---|\n");
        foreach (var (capability, summary, worst) in run.ByCapability())
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Cell(capability)} | {summary.Passed} | {summary.Failed} | {summary.Skipped} | {summary.Error} | {OutcomeNames.Of(worst)} |\n");
        }
        text.Append('\n');
    }

    /// <summary>One line per failed or errored test, linked to its entry in the Allure results, for a CI job summary.</summary>
    private static void AppendProblemLines(StringBuilder text, RunResult run)
    {
        var problems = run.Tests.Where(t => t.Status is TestOutcome.Failed or TestOutcome.Error)
            .OrderBy(t => t.Status).ThenBy(t => t.Capability, StringComparer.Ordinal).ToList();
        if (problems.Count == 0)
        {
            return;
        }
        text.Append("## Not passed, one line each\n\n");
        foreach (var test in problems)
        {
            var entry = $"{AllureResultsWriter.DirectoryName}/{DeterministicUuid.From(run.RunId, test.FullName)}-result.json";
            var firstLine = (test.Reason ?? "(no reason given)").Split('\n', 2)[0].Trim();
            text.Append("- **").Append(OutcomeNames.Of(test.Status)).Append("** [").Append(MarkdownText.Cell(test.Name)).Append("](").Append(entry).Append(") ")
                .Append(MarkdownText.Code(test.Capability)).Append(": ").Append(MarkdownText.Cell(firstLine)).Append('\n');
        }
        text.Append('\n');
    }

    private static void AppendProblems(StringBuilder text, string title, string meaning, RunResult run, TestOutcome outcome)
    {
        var tests = run.Tests.Where(t => t.Status == outcome).OrderBy(t => t.Capability, StringComparer.Ordinal).ToList();
        if (tests.Count == 0)
        {
            return;
        }
        text.Append("## ").Append(title).Append(" (").Append(tests.Count).Append(")\n\n_").Append(meaning).Append("._\n\n");
        foreach (var test in tests)
        {
            text.Append("### ").Append(MarkdownText.Cell(test.Name)).Append("\n\n");
            text.Append("- Capability: ").Append(MarkdownText.Code(test.Capability)).Append('\n');
            if (!string.IsNullOrWhiteSpace(test.Operation))
            {
                text.Append("- Operation: ").Append(MarkdownText.Code(test.Operation)).Append('\n');
            }
            if (!string.IsNullOrWhiteSpace(test.IdempotentId))
            {
                text.Append("- Idempotent id: ").Append(MarkdownText.Code(test.IdempotentId)).Append('\n');
            }
            text.Append("- Requirement: ").Append(MarkdownText.Cell(test.Requirement)).Append("\n\n");
            text.Append(MarkdownText.Fenced(test.Reason ?? "(no reason given)")).Append('\n');
        }
    }

    private static void AppendSkips(StringBuilder text, RunResult run)
    {
        var byReason = run.Tests.Where(t => t.Status == TestOutcome.Skipped)
            .GroupBy(t => string.IsNullOrWhiteSpace(t.Reason) ? "(no reason given)" : t.Reason.Trim())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byReason.Count == 0)
        {
            return;
        }
        text.Append("## Skipped (").Append(byReason.Sum(g => g.Count())).Append(")\n\n");
        foreach (var group in byReason)
        {
            text.Append("### ").Append(MarkdownText.Cell(group.Key)).Append(" (").Append(group.Count()).Append(")\n\n");
            foreach (var test in group.OrderBy(t => t.Capability, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal))
            {
                text.Append("- ").Append(MarkdownText.Code(test.Name)).Append(" (").Append(MarkdownText.Cell(test.Capability)).Append(")\n");
            }
            text.Append('\n');
        }
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : duration.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
