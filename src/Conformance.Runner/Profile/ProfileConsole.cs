using System.Globalization;
using Spectre.Console;

namespace Conformance.Runner.Profile;

/// <summary>The profile's table on the console, then what was not measured and the findings.</summary>
public static class ProfileConsole
{
    public static void Write(CloudProfile profile)
    {
        var table = new Table().AddColumns("figure", "unit", "n", "median", "min", "max", "p95", "p99", "spread");
        foreach (var f in profile.Figures)
        {
            table.AddRow(Markup.Escape(f.Name), f.Unit, Number(f.Count), Number(f.Median), Number(f.Min), Number(f.Max),
                Number(f.Percentile(95)), Number(f.Percentile(99)), Number(f.SpreadPercent) + "%");
        }
        AnsiConsole.Write(table);
        foreach (var n in profile.NotMeasured)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]not measured[/] {n.Figure}: {n.Reason}");
        }
        foreach (var finding in profile.Findings)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]finding[/] {finding.Describe()}");
        }
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"profile: {profile.Figures.Count} figures, {profile.Findings.Count} findings, {profile.Exchanges} exchanges ({profile.Retries} retried, {profile.Errors} errors), {profile.DurationSeconds:0.0} s");
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
