using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Conformance.Runner.Results;
using Conformance.Runner.Runs;
using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Execution;

/// <summary>
/// One pass of the selected tests against one discovered session (<see cref="SessionFactory.OpenDiscoveredAsync"/>):
/// the tests in-process, the leftover sweep, and the <see cref="RunResult"/> of the run <paramref name="identity"/>
/// names, with the <paramref name="report"/>'s facts. Ctrl-C stops it cleanly.
/// </summary>
public static class SuiteRun
{
    /// <param name="show">Wraps the execution for display: gets the collector and the work to await.</param>
    /// <param name="fixtureLimit">Under auto, what admits fixtures to the <paramref name="parallel"/> workers, fed every answer of the run.</param>
    public static async Task<SuiteRunOutcome> ExecuteAsync(ConformanceSession session, RunIdentity identity, CloudReport report, ITestFilter filter, int selectedCount,
        string target, Func<ResultCollector, Func<Task>, Task> show, CancellationToken cancellationToken, int parallel = 1,
        bool stopAtFirstFailure = false, RunTimings? timings = null, AdaptiveFixtureLimit? fixtureLimit = null)
    {
        var settings = session.Settings;
        var features = session.Features ?? throw new InvalidOperationException("the session was not discovered: open it with SessionFactory.OpenDiscoveredAsync");
        RunnerSession.Current = session;
        var startedAt = DateTimeOffset.UtcNow;

        var runner = SuiteAssembly.Load(parallel, stopAtFirstFailure);
        var collector = new ResultCollector(session);
        if (parallel > 1)
        {
            // One fixture at a time means one request at a time: the kinds are then made as their first readers ask.
            SharedImages.Of(session).StartMaking(SharedImagesAhead.Of(runner.LoadedTest!, filter, features), session.Interruption.Token);
        }
        void Observe(HttpExchange exchange) => fixtureLimit!.Observe(exchange.Operation, exchange.TransportError is null ? exchange.Status : 0, exchange.DurationMs);
        RunnerSession.FixtureLimit = fixtureLimit;
        if (fixtureLimit is not null)
        {
            session.Journal.Recorded += Observe;
        }
        try
        {
            using var interruption = new RunInterruption(session.Interruption, runner);
            await show(collector, () => Task.Run(() => runner.Run(collector, filter), CancellationToken.None));
        }
        finally
        {
            session.Journal.Recorded -= Observe;
            RunnerSession.FixtureLimit = null;
        }
        timings?.Mark("tests");
        timings?.Note(SharedImagesNote(session));

        using var sweepDeadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        IReadOnlyList<string> swept;
        try
        {
            swept = await LeftoverSweeper.SweepAsync(session, sweepDeadline.Token);
        }
        catch (EndpointUnreachableException e)
        {
            // The endpoint went away: what the run left behind stays; 'conformance cleanup --run-id' removes it later.
            swept = [$"nothing swept, {OutcomeMapping.UnreachableReason}: {e.Message} (later: conformance cleanup --run-id {settings.ResourceTag})"];
        }
        timings?.Mark("leftover sweep");
        var interrupted = session.Interruption.IsCancellationRequested;
        var environment = new Dictionary<string, string>(features.AsEnvironment())
        {
            ["endpoint"] = settings.Endpoint.ToString(),
            ["auth"] = settings.Personas[Persona.Member].Describe(),
            ["suite"] = SuiteVersion.Describe(),
        };
        foreach (var (key, value) in report.AsEnvironment())
        {
            environment[key] = value;
        }
        var result = new RunResult
        {
            Endpoint = settings.Endpoint.ToString(),
            RunId = identity.RunId,
            Shard = identity.Shard,
            Target = target,
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            SuiteVersion = environment["suite"],
            Environment = environment,
            Tests = collector.Records,
            Partial = interrupted || collector.Records.Count < selectedCount,
        };
        return new SuiteRunOutcome(result, features, swept, interrupted);
    }

    private static string SharedImagesNote(ConformanceSession session)
    {
        var (kinds, making, deleting) = SharedImages.Of(session).Timings;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"within the tests, {kinds} kind(s) of shared images made in {making.TotalSeconds:0.00} s and deleted in {deleting.TotalSeconds:0.00} s");
    }
}
