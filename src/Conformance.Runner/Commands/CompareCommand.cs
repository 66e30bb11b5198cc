using System.ComponentModel;
using Conformance.Runner.Comparison;
using Conformance.Runner.Configuration;
using Conformance.Runner.Profile;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance compare A B</c>: what changed from run A to run B, test by test, and the verdicts.</summary>
public sealed class CompareCommand : AsyncCommand<CompareCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<A>")]
        [Description("The earlier run: its output folder or results.json.")]
        public string Before { get; init; } = string.Empty;

        [CommandArgument(1, "<B>")]
        [Description("The later run: its output folder or results.json.")]
        public string After { get; init; } = string.Empty;

        [CommandOption("--threshold <PERCENT>")]
        [Description("Delivery profiles: list the figures whose median moved by more than this (default 10).")]
        [DefaultValue(10.0)]
        public double Threshold { get; init; } = 10;

        [CommandOption("--fail-on-slower <PERCENT>")]
        [Description("Delivery profiles: exit 1 when a figure got slower by more than this (100 = twice as slow), for gating a cloud's upgrades.")]
        public double? FailOnSlower { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var profiles = await ProfileCompareOutput.CompareAsync(options.Before, options.After, options.Threshold, options.FailOnSlower, cancellationToken);
        if (profiles.ProfilesOnly)
        {
            return profiles.ExitCode;
        }
        var comparison = RunComparison.Of(
            await ResultsLocation.ReadAsync(options.Before, cancellationToken),
            await ResultsLocation.ReadAsync(options.After, cancellationToken));
        AnsiConsole.MarkupLineInterpolated($"A: run {comparison.Before.RunId} at {comparison.Before.Endpoint}, {comparison.Before.StartedAt:u}, judged against {comparison.Before.Target}");
        AnsiConsole.MarkupLineInterpolated($"B: run {comparison.After.RunId} at {comparison.After.Endpoint}, {comparison.After.StartedAt:u}, judged against {comparison.After.Target}");
        var moved = comparison.Changes.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
        if (moved.Count > 0)
        {
            var table = new Table().AddColumns("change", "capability", "test", "A", "B", "reason in B");
            foreach (var change in moved.OrderBy(c => c.Kind).ThenBy(c => c.Capability, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(change.Kind.ToString().ToLowerInvariant()), Markup.Escape(change.Capability), Markup.Escape(change.Name),
                    Word(change.Before), Word(change.After), Markup.Escape(FirstLine(change.Reason)));
            }
            AnsiConsole.Write(table);
        }
        if (comparison.Before.Target != comparison.After.Target)
        {
            AnsiConsole.MarkupLine("[yellow]the runs were judged against different programs: their verdicts are not comparable[/]");
        }
        AnsiConsole.MarkupLineInterpolated($"verdict: {comparison.VerdictBefore ?? "none"} -> {comparison.VerdictAfter ?? "none"}");
        if (comparison.StandardVerdictBefore is not null || comparison.StandardVerdictAfter is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"standard verdict: {comparison.StandardVerdictBefore ?? "none"} -> {comparison.StandardVerdictAfter ?? "none"}");
        }
        System.Console.WriteLine(comparison.ClosingLine());
        return comparison.IsWorse ? ExitCodes.TestsFailed : profiles.ExitCode;
    }

    private static string Word(Results.TestOutcome? outcome) => outcome?.ToString().ToLowerInvariant() ?? "-";

    private static string FirstLine(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : text.Trim().Split('\n')[0];
}
