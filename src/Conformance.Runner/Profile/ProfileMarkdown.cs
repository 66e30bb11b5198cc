using System.Globalization;
using System.Text;
using Conformance.Runner.Reporting;

namespace Conformance.Runner.Profile;

/// <summary>The profile in summary.md: a table of figures, what was not measured and why, and the findings.</summary>
public static class ProfileMarkdown
{
    public static string Render(CloudProfile profile)
    {
        var text = new StringBuilder();
        text.AppendLine("## Delivery profile").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{profile.Rounds} rounds, {profile.Concurrency} in parallel, {profile.Exchanges} exchanges ({profile.Retries} retried, {profile.Errors} errors), {profile.DurationSeconds:0.0} s.").AppendLine();
        text.AppendLine("| figure | unit | samples | median | min | max | p95 | p99 | spread |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var f in profile.Figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Cell(f.Name)} | {f.Unit} | {f.Count} | {f.Median:0.##} | {f.Min:0.##} | {f.Max:0.##} | {f.Percentile(95):0.##} | {f.Percentile(99):0.##} | {f.SpreadPercent:0}% |");
        }
        if (profile.NotMeasured.Count > 0)
        {
            text.AppendLine().AppendLine("Not measured:").AppendLine();
            foreach (var n in profile.NotMeasured)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Cell(n.Figure)}: {MarkdownText.Cell(n.Reason)}");
            }
        }
        text.AppendLine().AppendLine(profile.Findings.Count == 0 ? "Findings: none (every transfer had the size and SHA-256 sent)." : "Findings:").AppendLine();
        foreach (var finding in profile.Findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Cell(finding.Describe())}");
        }
        return text.ToString();
    }
}
