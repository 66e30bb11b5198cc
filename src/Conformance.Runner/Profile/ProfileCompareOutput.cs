using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Configuration;
using Conformance.Runner.Reporting.Json;
using Spectre.Console;

namespace Conformance.Runner.Profile;

/// <summary>
/// The profile part of <c>compare A B</c>: when both hold a profile, the figures that moved, and exit 1 under
/// <c>--fail-on-slower</c> when one got slower by more than it allows.
/// </summary>
public static class ProfileCompareOutput
{
    /// <param name="ProfilesOnly">Both are profiles without test results: there is nothing else to compare.</param>
    public sealed record Outcome(bool ProfilesOnly, int ExitCode);

    public static async Task<Outcome> CompareAsync(string before, string after, double threshold, double? failOnSlower, CancellationToken cancellationToken)
    {
        if (threshold < 0 || failOnSlower is < 0)
        {
            throw new UsageException("--threshold and --fail-on-slower are percentages: pass 0 or more");
        }
        var (a, b) = (await ReadAsync(before, cancellationToken), await ReadAsync(after, cancellationToken));
        if (a is null || b is null || ProfileComparison.SectionOf(a) is not { } pa || ProfileComparison.SectionOf(b) is not { } pb)
        {
            return (a, b) is ({ } x, { } y) && (ProfileComparison.SectionOf(x) is null) != (ProfileComparison.SectionOf(y) is null) && (IsProfileOnly(x) || IsProfileOnly(y))
                ? throw new UsageException("only one of the two holds a delivery profile: compare two profiles, or two runs")
                : new Outcome(false, ExitCodes.Passed);
        }
        var moved = ProfileComparison.Moved(pa, pb, threshold);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"profile: {moved.Count} figures moved by more than {threshold}%");
        if (moved.Count > 0)
        {
            var table = new Table().AddColumns("figure", "unit", "A", "B", "change", "slower by");
            foreach (var c in moved)
            {
                table.AddRow(Markup.Escape(c.Name), c.Unit, Number(c.Before), Number(c.After), Number(c.ChangePercent) + "%",
                    c.SlowerPercent > 0 ? Number(c.SlowerPercent) + "%" : "-");
            }
            AnsiConsole.Write(table);
        }
        foreach (var name in ProfileComparison.Unmatched(pa, pb))
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]in one profile only:[/] {name}");
        }
        var tooSlow = failOnSlower is { } limit ? moved.Where(c => c.SlowerPercent > limit).ToList() : [];
        foreach (var c in tooSlow)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]slower[/] {c.Name}: {Number(c.SlowerPercent)}% slower, more than --fail-on-slower {failOnSlower}%");
        }
        return new Outcome(IsProfileOnly(a) && IsProfileOnly(b), tooSlow.Count > 0 ? ExitCodes.TestsFailed : ExitCodes.Passed);
    }

    private static bool IsProfileOnly(JsonObject results) => results["tests"] is not JsonArray { Count: > 0 };

    private static async Task<JsonObject?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, JsonResultsWriter.FileName) : path;
        if (!File.Exists(file))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken)) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
