using System.Diagnostics;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Execution;
using Spectre.Console;

namespace Conformance.Runner.Profile;

/// <summary>Measures a cloud with a session that discovery has run on: transfers, imports, concurrency, then the latency of every exchange recorded.</summary>
public static class CloudProfiler
{
    public const string JournalKey = "profile";

    public static async Task<CloudProfile> MeasureAsync(ConformanceSession session, ProfilePlan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var recorder = new ProfileRecorder();
        var images = new ImagesClient(session.TransportFor(Persona.Member, JournalKey));
        var admin = session.Has(Persona.Admin) ? new ImagesClient(session.TransportFor(Persona.Admin, JournalKey)) : null;
        var context = new ProfileContext(images, admin, session.Journal, session.Settings, session.Features ?? new DiscoveredFeatures(), recorder, plan, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"profile: sizes {string.Join(", ", plan.Sizes.Select(ByteSizes.Format))}; {plan.Rounds} rounds; {plan.Concurrency} in parallel");
        try
        {
            await TransferProfile.MeasureAsync(context);
            await ImportProfile.MeasureAsync(context);
            await ConcurrencyProfile.MeasureAsync(context);
        }
        finally
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await LeftoverSweeper.SweepAsync(session, deadline.Token);
        }
        var exchanges = session.Journal.All.ToList();
        return new CloudProfile
        {
            Sizes = plan.Sizes,
            Rounds = plan.Rounds,
            Concurrency = plan.Concurrency,
            Figures = [.. recorder.Figures, .. LatencyFigures.From(exchanges)],
            NotMeasured = [.. plan.Excluded, .. recorder.NotMeasured],
            Findings = recorder.Findings,
            Exchanges = exchanges.Count,
            Retries = LatencyFigures.Retries(exchanges),
            Errors = LatencyFigures.Errors(exchanges),
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
    }
}
