using System.Text;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// The structured findings of a run as one table in <c>summary.md</c>: per finding its rule id, weight, image, field,
/// what the rule expects and what was found. Errors first (they decide outcomes), then warnings and advisories.
/// </summary>
public static class FindingsMarkdown
{
    public static void Append(StringBuilder text, RunResult run)
    {
        var findings = run.Tests.SelectMany(t => t.Findings)
            .OrderBy(f => Weight(f.Kind)).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.SubjectName, StringComparer.Ordinal).ToList();
        if (findings.Count == 0)
        {
            return;
        }
        text.Append("## Findings (").Append(findings.Count).Append(")\n\n");
        text.Append("_Per image and rule: an error decides the outcome; a warning or an advisory (the standard's text stricter than the official test) never does._\n\n");
        text.Append("| Rule id | Kind | Image | Field | Expected | Found |\n|---|---|---|---|---|---|\n");
        foreach (var finding in findings)
        {
            var image = finding.Subject is null ? "(the image set)" : $"{MarkdownText.Code(finding.Subject)} {MarkdownText.Cell(finding.SubjectName ?? string.Empty)}";
            text.Append("| ").Append(MarkdownText.Code(finding.RuleId)).Append(" | ").Append(finding.Kind).Append(" | ").Append(image)
                .Append(" | ").Append(MarkdownText.Code(finding.Field)).Append(" | ").Append(MarkdownText.Cell(finding.Expected))
                .Append(" | ").Append(finding.Found is null ? "(not set)" : MarkdownText.Code(finding.Found)).Append(" |\n");
        }
        text.Append('\n');
    }

    private static int Weight(string kind) => kind switch { "error" => 0, "warning" => 1, _ => 2 };
}
