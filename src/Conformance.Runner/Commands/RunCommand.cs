using Conformance.Runner.Reporting.Allure;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Certification;
using Conformance.Runner.Concurrency;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Profile;
using Conformance.Runner.Runs;
using Conformance.Runner.Selection;
using Conformance.Runner.Sharding;
using Conformance.Runner.Standards;
using Conformance.Runner.Terminal;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance run</c>: the suite against one endpoint, with reports and a verdict.</summary>
public sealed class RunCommand : AsyncCommand<RunOptions>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunOptions options, CancellationToken cancellationToken)
    {
        var timings = RunTimings.SinceProcessStart();
        var identity = RunIdentity.From(options.RunId, options.Shard);
        var cloud = await SuiteSettingsFactory.CreateAsync(options, identity.ResourceTag, Environment.GetEnvironmentVariable, cancellationToken);
        timings.Mark("settings and tokens");
        cloud = await WebDownloadSourceResolver.ApplyAsync(cloud, options, cancellationToken);
        timings.Mark("web-download source");
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory, DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss")));
        var standard = options.Standard is null ? null
            : await StandardSelection.PrepareAsync(options.Standard, options.ScopeVersion, options.ScsData, output, DateTimeOffset.UtcNow, cancellationToken);
        var settings = cloud.Settings with { Standards = standard?.Settings };
        // Discovery waits on the cloud, the selection on this machine: both at once.
        var opening = SessionFactory.OpenDiscoveredAsync(settings, ResponseJudging.PinnedSchemas, cancellationToken);
        try
        {
            return await RunAsync(new RunStart(options, timings, identity, cloud, output, standard, opening), cancellationToken);
        }
        finally
        {
            // Not awaited: a selection refused while discovery still waits on the cloud says so at once.
            _ = opening.ContinueWith(async t => (await t).Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
    }

    /// <summary>What the run has when it starts: its options and identity, the cloud and its discovery under way.</summary>
    private sealed record RunStart(RunOptions Options, RunTimings Timings, RunIdentity Identity, ConfiguredCloud Cloud, string Output,
        StandardSelection? Standard, Task<ConformanceSession> Opening);

    private static async Task<int> RunAsync(RunStart start, CancellationToken cancellationToken)
    {
        var (options, timings, identity, cloud, output, standard, opening) = start;
        // With a guideline, an add-on or capabilities besides --standard, the suite runs too and the run has two verdicts.
        var alongside = standard is not null && (options.Guideline is not null || options.AddOn is not null || options.Capabilities.Length > 0);
        var filter = standard is null ? SuiteAssembly.FilterFor(options.Capabilities)
            : alongside ? standard.AddedTo(SuiteAssembly.FilterFor(options.Capabilities)) : SuiteAssembly.FilterForTests(standard.TestFullNames);
        var selected = SuiteAssembly.Describe(filter);
        if (selected.Count == 0)
        {
            var known = SuiteAssembly.Describe(SuiteAssembly.FilterFor([])).Select(d => d.Capability).Distinct().Order();
            throw new UsageException($"no test matches --capability {string.Join(", ", options.Capabilities)}: known capabilities are {string.Join(", ", known)}");
        }
        var standardOnly = standard is not null && !alongside;
        var target = standardOnly ? standard!.Program : options.Target;
        var scope = await GuidelineSelection.LoadAsync(standardOnly ? standard!.GuidelinePath : options.Guideline, target, options.AddOn, cancellationToken);
        if (!scope.InScope.Any())
        {
            var others = string.Join(", ", scope.OutOfScopeByService().Select(s => $"{s.Service} {s.Capabilities}"));
            throw new UsageException($"--target {options.Target}: {scope.Title} has no Images API ({CertificationScope.ImagesService}) capability to judge (it covers {others}): choose another --target");
        }
        var narrowed = standard is null ? await RunSelection.NarrowAsync(options, scope, selected, cancellationToken) : null;
        if (narrowed is not null)
        {
            selected = narrowed.Selected;
            filter = SuiteAssembly.FilterForTests(selected.Select(t => t.FullName));
        }
        if (standard is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"{standard.Program} ({standard.Note}): {standard.TestcaseIds.Count} testcases; now is {standard.Settings.Now:yyyy-MM-ddTHH:mm:ssZ} for every check");
        }
        var part = identity.Shard is null ? selected : ShardPartition.Select(selected, identity.Shard);
        if (part.Count == 0)
        {
            throw new UsageException($"--shard {identity.Shard}: the {selected.Count} selected tests are in fewer than {identity.Shard!.Count} fixtures, so this shard would run nothing: use fewer shards");
        }
        var partFilter = identity.Shard is null ? filter : SuiteAssembly.FilterForTests(part.Select(t => t.FullName));
        var waivers = options.Waivers is null ? [] : await WaiverFile.ReadAsync(options.Waivers, cancellationToken);
        var standardJudging = alongside
            ? new Judging(await GuidelineSelection.LoadAsync(standard!.GuidelinePath, standard.Program, null, cancellationToken), standard.Program, waivers, options.Waivers, options.Cpid)
            : null;
        var shardText = identity.Shard is null ? string.Empty : $"; shard {identity.Shard} ({part.Count} of the {selected.Count} selected tests)";
        timings.Mark("selection");
        var session = await opening;
        var settings = session.Settings;
        timings.Mark("schemas and discovery (beside the selection)");
        var parallel = ParallelChoice.Decide(options.ParallelRequest, part);
        AllureRenderProcess.StartAhead(AllureToolsDirectory.OfRepository());
        var parallelText = parallel.Limit is { } limit ? $"; fixtures at once: auto, from {limit.Limit}, at most {limit.Maximum}"
            : parallel.Workers > 1 ? $"; {parallel.Workers} fixtures at once" : string.Empty;
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {identity.RunId}{shardText}; {part.Count} tests{parallelText}; judged against {scope.Title}");
        if (settings.WebDownloadSource is { } source)
        {
            AnsiConsole.MarkupLineInterpolated($"web-download source: {WebDownloadSourceResolver.Describe(source)}");
        }
        WarningBanner.Write(cloud.Report.Warnings);
        var outcome = await SuiteRun.ExecuteAsync(session, identity, cloud.Report, partFilter, part.Count, scope.Title,
            (collector, work) => RunProgress.ShowAsync(collector, part.Count, work), cancellationToken, parallel.Workers, timings: timings, fixtureLimit: parallel.Limit);
        foreach (var leftover in outcome.Swept)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]cleanup[/] {leftover}");
        }
        var suite = (options.Capabilities.Length == 0 && narrowed is null) || standardOnly ? selected
            : [.. SuiteAssembly.Describe(SuiteAssembly.FilterFor([])), .. StandardRunParts.StandardPart(selected)];
        var result = outcome.Result with { Environment = ParallelChoice.WithFacts(RunSelection.WithFacts(outcome.Result.Environment, narrowed), parallel) };
        if (standard is not null)
        {
            result = result with { Environment = StandardSelection.WithFacts(result.Environment, standard) };
        }
        if (options.Profile && !outcome.Interrupted)
        {
            result = result with
            {
                Profile = await CloudProfiler.MeasureAsync(session, ProfilePlanning.From(new ProfileOptions(), settings.ImageSizeCapBytes), cancellationToken),
                FinishedAt = DateTimeOffset.UtcNow,
            };
            ProfileConsole.Write(result.Profile);
            timings.Mark("profile");
        }
        return await JudgedRunOutput.FinishAsync(result, outcome.Interrupted, suite,
            new Judging(scope, target, waivers, options.Waivers, options.Cpid), output, standardJudging, timings);
    }
}
