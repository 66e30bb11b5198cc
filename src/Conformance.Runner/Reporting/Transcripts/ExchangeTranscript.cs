using System.Globalization;
using System.Text;
using Conformance.ImagesApi.Recording;

namespace Conformance.Runner.Reporting.Transcripts;

/// <summary>
/// One recorded exchange as plain text a person can read top to bottom: the request as sent,
/// the response as received, what broke its schema, and a curl line to try it again.
/// </summary>
internal static class ExchangeTranscript
{
    public static string For(HttpExchange exchange)
    {
        var text = new StringBuilder();
        text.AppendLine($"{exchange.Method} {exchange.Url}");
        AppendHeaders(text, exchange.RequestHeaders);
        AppendBody(text, exchange.RequestBody, truncated: false);

        text.AppendLine();
        text.AppendLine(ResponseHeading(exchange));
        if (exchange.Status == 0)
        {
            text.AppendLine($"no response: {exchange.TransportError ?? "transport fault"}");
        }
        else
        {
            text.AppendLine($"HTTP {exchange.Status}");
            AppendHeaders(text, exchange.ResponseHeaders);
            AppendBody(text, exchange.ResponseBody, exchange.ResponseBodyTruncated);
        }
        if (exchange.Retried is not null)
        {
            text.AppendLine();
            text.AppendLine($"--- not final: retried ({exchange.Retried}) ---");
        }

        if (exchange.SchemaViolations.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"--- schema violations ({exchange.SchemaViolations.Count}) ---");
            foreach (var violation in exchange.SchemaViolations)
            {
                text.AppendLine(violation.ToString());
            }
        }

        text.AppendLine();
        text.AppendLine("--- curl ---");
        text.AppendLine(CurlCommand.For(exchange));
        return text.ToString();
    }

    /// <summary>A short title for the exchange, e.g. <c>GET /v2/images → 200</c>.</summary>
    public static string Title(HttpExchange exchange) =>
        $"{exchange.Operation} → {(exchange.Status == 0 ? "no response" : exchange.Status.ToString(CultureInfo.InvariantCulture))}"
        + (exchange.Retried is not null ? $" (attempt {exchange.Attempt}, retried)" : exchange.Attempt > 1 ? $" (attempt {exchange.Attempt})" : string.Empty);

    private static string ResponseHeading(HttpExchange exchange)
    {
        var facts = new List<string> { $"{exchange.DurationMs.ToString("0", CultureInfo.InvariantCulture)} ms" };
        if (exchange.Attempt > 1 || exchange.Retried is not null)
        {
            facts.Add($"attempt {exchange.Attempt.ToString(CultureInfo.InvariantCulture)}");
        }
        if (exchange.RequestId is not null)
        {
            facts.Add($"request {exchange.RequestId}");
        }
        return $"--- response ({string.Join(", ", facts)}) ---";
    }

    private static void AppendHeaders(StringBuilder text, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            text.AppendLine($"{name}: {value}");
        }
    }

    private static void AppendBody(StringBuilder text, string? body, bool truncated)
    {
        if (string.IsNullOrEmpty(body))
        {
            return;
        }
        text.AppendLine();
        text.AppendLine(body);
        if (truncated)
        {
            text.AppendLine("[body truncated]");
        }
    }
}
