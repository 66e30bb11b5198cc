using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance run</c>: the suite against one endpoint, with reports and a verdict.</summary>
public sealed class RunCommand : AsyncCommand<RunOptions>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunOptions options, CancellationToken cancellationToken)
    {
        var settings = await SuiteSettingsFactory.CreateAsync(options, Environment.GetEnvironmentVariable, cancellationToken);
        var filter = SuiteAssembly.FilterFor(options.Capabilities);
        var selected = SuiteAssembly.Describe(filter);
        if (selected.Count == 0)
        {
            var known = SuiteAssembly.Describe(SuiteAssembly.FilterFor([])).Select(d => d.Capability).Distinct().Order();
            throw new UsageException($"no test matches --capability {string.Join(", ", options.Capabilities)}: known capabilities are {string.Join(", ", known)}");
        }
        var scope = await GuidelineSelection.LoadAsync(options.Guideline, options.Target, options.AddOn, cancellationToken);
        if (!scope.InScope.Any())
        {
            var others = string.Join(", ", scope.OutOfScopeByService().Select(s => $"{s.Service} {s.Capabilities}"));
            throw new UsageException($"--target {options.Target}: {scope.Title} has no Images API ({CertificationScope.ImagesService}) capability to judge (it covers {others}): choose another --target");
        }
        var waivers = options.Waivers is null ? [] : await WaiverFile.ReadAsync(options.Waivers, cancellationToken);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory, DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss")));
        var schemas = await SchemaCatalog.LoadAsync(settings.SchemasDirectory);

        using var session = new ConformanceSession(settings, new SchemaResponseValidator(schemas));
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {settings.RunId}; {selected.Count} tests; judged against {scope.Title}");
        WarningBanner.Write(settings.Warnings);
        var outcome = await SuiteRun.ExecuteAsync(session, filter, selected.Count, scope.Title,
            (collector, work) => RunProgress.ShowAsync(collector, selected.Count, work), cancellationToken);
        foreach (var leftover in outcome.Swept)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]cleanup[/] {leftover}");
        }
        var suite = options.Capabilities.Length == 0 ? selected : SuiteAssembly.Describe(SuiteAssembly.FilterFor([]));
        return await JudgedRunOutput.FinishAsync(outcome.Result, outcome.Interrupted, suite,
            new Judging(scope, options.Target, waivers, options.Waivers, options.Cpid), output);
    }
}
