using System.ComponentModel;
using System.Text.Json;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Certification;
using Conformance.Runner.Comparison;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Conformance.Runner.Runs;
using Conformance.Runner.Standards;
using Conformance.Runner.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;
using TestFilter = NUnit.Framework.Internal.TestFilter;

namespace Conformance.Runner.Commands;

/// <summary>
/// <c>conformance rerun --failed DIR</c>: runs again the tests that failed or errored in a run, keeps the
/// other outcomes of that run, and judges the merged result against what the run was judged with (its
/// evidence manifest), writing every report into a new folder.
/// </summary>
public sealed class RerunCommand : AsyncCommand<RerunCommand.Options>
{
    public sealed class Options : EndpointOptions
    {
        [CommandOption("--failed <DIR>")]
        [Description("The output folder of the run whose failed and errored tests to run again.")]
        public string? Failed { get; init; }

        [CommandOption("--output <DIR>")]
        [Description("Where to write the merged run's reports (default: DIR-rerun-<timestamp>).")]
        public string? Output { get; init; }

        [CommandOption("--cpid <ID>")]
        [Description("The cloud provider id for refstack.json (default: derived from the endpoint).")]
        public string? Cpid { get; init; }

        public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Failed)
            ? ValidationResult.Error("--failed is required: pass the output folder of the run to take the failed tests from")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var previousDirectory = Path.GetFullPath(options.Failed!);
        var previous = await ResultsLocation.ReadAsync(previousDirectory, cancellationToken);
        var identity = RunIdentity.New();
        var cloud = await SuiteSettingsFactory.CreateAsync(options, identity.ResourceTag, Environment.GetEnvironmentVariable, cancellationToken);
        var settings = cloud.Settings with { Standards = StandardSelection.RerunSettings(previous.Environment, DateTimeOffset.UtcNow) };
        var (judging, standard) = await JudgingOfAsync(previousDirectory, options.Cpid, cancellationToken);
        var again = previous.Tests.Where(t => t.Status is TestOutcome.Failed or TestOutcome.Error).Select(t => t.FullName).Distinct().ToList();
        if (again.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"nothing to run again: no test failed or errored in run {previous.RunId}");
            return ExitCodes.Passed;
        }
        var filter = SuiteAssembly.FilterForTests(again);
        var selected = SuiteAssembly.Describe(filter);
        foreach (var gone in again.Except(selected.Select(d => d.FullName)))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]not in the suite any more[/]: {gone} (its earlier outcome is kept)");
        }
        var output = Path.GetFullPath(options.Output ?? $"{previousDirectory.TrimEnd(Path.DirectorySeparatorChar)}-rerun-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}");
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {identity.RunId}: {selected.Count} test(s) that failed in run {previous.RunId} again");
        using var session = await SessionFactory.OpenDiscoveredAsync(settings, ResponseJudging.PinnedSchemas, cancellationToken);
        var outcome = await SuiteRun.ExecuteAsync(session, identity, cloud.Report, filter, selected.Count, judging.Scope.Title,
            (collector, work) => RunProgress.ShowAsync(collector, selected.Count, work), cancellationToken);
        var rerun = outcome.Result.Tests.Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        var merged = outcome.Result with
        {
            StartedAt = previous.StartedAt,
            Tests = [.. previous.Tests.Where(t => !rerun.Contains(t.FullName)), .. outcome.Result.Tests],
            Environment = new Dictionary<string, string>(StandardSelection.RerunFacts(previous.Environment, outcome.Result.Environment, settings.Standards))
            {
                ["rerun.of"] = previous.RunId,
                ["rerun.tests"] = rerun.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        var suite = SuiteAssembly.Describe(settings.Standards is null ? SuiteAssembly.FilterFor([]) : TestFilter.Empty);
        return await JudgedRunOutput.FinishAsync(merged, outcome.Interrupted, suite, judging, output, standard);
    }

    /// <summary>
    /// What the earlier run was judged with, from its evidence manifest (and the standard judged beside it, if any); without
    /// one, the project guideline.
    /// </summary>
    private static async Task<(Judging Judging, Judging? Standard)> JudgingOfAsync(string previousDirectory, string? cpid, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(previousDirectory, EvidenceManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return (new Judging(await GuidelineSelection.LoadAsync(null, ProgramTargets.Default, null, cancellationToken), ProgramTargets.Default, [], null, cpid), null);
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<EvidenceManifest>(await File.ReadAllBytesAsync(manifestPath, cancellationToken), EvidenceManifest.Json)
                ?? throw new InvalidDataException($"{manifestPath} is empty");
            var bundled = await BundledJudgement.LoadAsync(previousDirectory, manifest.Judgement, cancellationToken);
            var standard = manifest.StandardJudgement is null ? null : await BundledJudgement.LoadAsync(previousDirectory, manifest.StandardJudgement, cancellationToken);
            return (new Judging(bundled.Scope, bundled.Target, bundled.Waivers, bundled.WaiversPath, cpid),
                standard is null ? null : new Judging(standard.Scope, standard.Target, standard.Waivers, standard.WaiversPath, cpid));
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or FileNotFoundException)
        {
            throw new UsageException($"--failed: what {previousDirectory} was judged with cannot be read back from its {EvidenceManifest.FileName}: {e.Message}");
        }
    }
}
