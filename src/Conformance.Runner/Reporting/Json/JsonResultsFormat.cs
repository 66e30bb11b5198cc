using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Runner.Reporting.Json;

/// <summary>One set of serializer options for writing and reading <c>results.json</c>, so the two cannot drift.</summary>
internal static class JsonResultsFormat
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The file is data for tools and people, never pasted into HTML: keep quotes and '<' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Verdicts, statuses and outcomes as words (non-compliant, not-in-suite), as the reports print them.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
