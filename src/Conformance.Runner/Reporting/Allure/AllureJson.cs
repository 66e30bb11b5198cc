using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>How Allure files are serialized: camelCase as the format documents, absent values left out.</summary>
internal static class AllureJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The files are read by Allure, not embedded in HTML by us: keep quotes and arrows readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
