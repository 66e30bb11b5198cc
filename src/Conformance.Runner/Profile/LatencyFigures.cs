using Conformance.ImagesApi.Recording;

namespace Conformance.Runner.Profile;

/// <summary>API latency per operation (p50/p95/p99 read from the figure), from every recorded exchange that got an answer; and the retries and errors among them.</summary>
public static class LatencyFigures
{
    public const string Prefix = "latency ";

    public static IReadOnlyList<Figure> From(IEnumerable<HttpExchange> exchanges) =>
        exchanges.Where(e => e.Status != 0)
            .GroupBy(e => e.Operation, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Figure(Prefix + g.Key, "ms", Better.Lower, g.Select(e => e.DurationMs).ToList()))
            .ToList();

    /// <summary>Answers that were sent again (a transient answer or none).</summary>
    public static int Retries(IEnumerable<HttpExchange> exchanges) => exchanges.Count(e => e.Retried is not null);

    /// <summary>No answer, or a server error.</summary>
    public static int Errors(IEnumerable<HttpExchange> exchanges) => exchanges.Count(e => e.Status is 0 or >= 500);
}
