using System.Diagnostics;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Concurrency;

/// <summary>
/// Sizes <c>--parallel auto</c> before the tests: rounds of image lists (<c>GET /v2/images?limit=1</c>, as the member:
/// cheap, read-only, creating nothing), each round with twice as many in flight as the one before, until
/// <see cref="ParallelSizing"/> settles. Every request is recorded under <see cref="JournalKey"/>.
/// </summary>
public static class ConcurrencyProbe
{
    public const string JournalKey = "parallel-probe";

    /// <summary>Requests each sender makes one after another in a round: enough for a median, few enough to be cheap.</summary>
    public const int RequestsPerSender = 4;

    /// <summary>The baseline: this many requests one at a time.</summary>
    public const int BaselineRequests = 8;

    public static ParallelDecision Fixed(int fixtures, string reason) => new(fixtures, reason, []);

    /// <param name="cap">The most fixtures worth running: no more than the run has.</param>
    public static async Task<ParallelDecision> MeasureAsync(ConformanceSession session, int cap, CancellationToken cancellationToken)
    {
        var images = new ImagesClient(session.TransportFor(Persona.Member, JournalKey));
        // One request first, not counted: its token, connection and the runner's first-call costs would skew the baseline.
        await RoundAsync(session, images, 1, 1, cancellationToken);
        var rounds = new List<ProbeRound>();
        for (var step = ParallelSizing.Decide(rounds, cap); ; step = ParallelSizing.Decide(rounds, cap))
        {
            if (step.Settled)
            {
                return new ParallelDecision(step.Fixtures, $"auto: {step.Reason}", rounds);
            }
            var concurrency = step.Next!.Value;
            rounds.Add(await RoundAsync(session, images, concurrency, concurrency == 1 ? BaselineRequests : RequestsPerSender, cancellationToken));
        }
    }

    private static async Task<ProbeRound> RoundAsync(ConformanceSession session, ImagesClient images, int concurrency, int perSender,
        CancellationToken cancellationToken)
    {
        var seen = session.Journal.For(JournalKey).Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = 0; i < perSender; i++)
            {
                try
                {
                    await images.ListImagesAsync([new("limit", "1")], cancellationToken);
                }
                catch (EndpointUnreachableException)
                {
                    // Recorded as an exchange without an answer: the round counts it as distress.
                }
            }
        }));
        clock.Stop();
        var answers = session.Journal.For(JournalKey).Skip(seen)
            .Select(e => (e.TransportError is null ? e.Status : 0, e.DurationMs)).ToList();
        return new ProbeRound(concurrency, answers, clock.Elapsed.TotalMilliseconds);
    }
}
