using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
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
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory, DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss")));
        var schemas = await SchemaCatalog.LoadAsync(settings.SchemasDirectory);

        using var session = new ConformanceSession(settings, new SchemaResponseValidator(schemas));
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {settings.RunId}; {selected.Count} tests");
        WarningBanner.Write(settings.Warnings);
        var outcome = await SuiteRun.ExecuteAsync(session, filter, selected.Count, options.Target,
            (collector, work) => RunProgress.ShowAsync(collector, selected.Count, work), cancellationToken);
        foreach (var leftover in outcome.Swept)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]cleanup[/] deleted leftover image {leftover}");
        }
        var result = outcome.Result;
        var reports = await ReportSet.Standard(AllureToolsDirectory.Find(RepositoryLayout.Root ?? Directory.GetCurrentDirectory()))
            .WriteAsync(result, output, CancellationToken.None);
        if (!reports.Html.IsRendered)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]no HTML report[/]: {reports.Html.Reason}");
        }
        RunSummaryView.Write(result, output);
        WarningBanner.Write(settings.Warnings);
        System.Console.WriteLine(result.Summary.ClosingLine());
        return ExitCodeOf(result, outcome.Interrupted);
    }

    private static int ExitCodeOf(RunResult result, bool interrupted)
    {
        if (interrupted)
        {
            return ExitCodes.Interrupted;
        }
        if (result.Tests.Any(t => t.Status == TestOutcome.Error && t.Reason?.Contains("EndpointUnreachableException", StringComparison.Ordinal) == true))
        {
            return ExitCodes.EndpointUnreachable;
        }
        return result.Summary.Failed + result.Summary.Error > 0 ? ExitCodes.TestsFailed : ExitCodes.Passed;
    }
}
