using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Conformance.Runner.Execution;
using Conformance.Runner.Reporting;
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
        var settings = SuiteSettingsFactory.Create(options, Environment.GetEnvironmentVariable);
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
        ConformanceSession.Current = session;
        var startedAt = DateTimeOffset.UtcNow;
        var features = await EndpointDiscovery.DiscoverAsync(session, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}: versions {string.Join(", ", features.ApiVersions)}; run {settings.RunId}; {selected.Count} tests");

        var runner = SuiteAssembly.Load();
        var collector = new ResultCollector(session);
        using var interruption = new RunInterruption(session.Interruption, runner);
        await RunProgress.ShowAsync(collector, selected.Count, () => Task.Run(() => runner.Run(collector, filter), CancellationToken.None));

        using var sweepDeadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var swept = await LeftoverSweeper.SweepAsync(session, sweepDeadline.Token);
        foreach (var leftover in swept)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]cleanup[/] deleted leftover image {leftover}");
        }

        var environment = new Dictionary<string, string>(features.AsEnvironment())
        {
            ["endpoint"] = settings.Endpoint.ToString(),
            ["auth"] = settings.Personas[Persona.Member].Describe(),
            ["suite"] = SuiteVersion.Describe(),
        };
        var result = new RunResult
        {
            Endpoint = settings.Endpoint.ToString(),
            RunId = settings.RunId,
            Target = options.Target,
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            SuiteVersion = SuiteVersion.Describe(),
            Environment = environment,
            Tests = collector.Records,
            Partial = interruption.Interrupted || collector.Records.Count < selected.Count,
        };
        await ReportSet.WriteAsync(result, output, CancellationToken.None);
        RunSummaryView.Write(result, output);
        System.Console.WriteLine(result.Summary.ClosingLine());
        return ExitCodeOf(result, interruption.Interrupted);
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
