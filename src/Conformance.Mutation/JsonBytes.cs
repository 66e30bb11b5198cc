using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Mutation;

/// <summary>
/// Edits a JSON document held as bytes, for mutants of request and response bodies alike: it is parsed,
/// edited and written again, so the rest of the document keeps its meaning.
/// </summary>
internal static class JsonBytes
{
    // Relaxed escaping keeps non-ASCII text and characters such as '+' or '<' as they were sent.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The edited document; null when <paramref name="body"/> is not JSON or <paramref name="edit"/> changed nothing.</summary>
    public static byte[]? Edit(byte[] body, Func<JsonNode, bool> edit)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        return document is not null && edit(document) ? JsonSerializer.SerializeToUtf8Bytes(document, Output) : null;
    }
}
