using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Mutation;

/// <summary>
/// Rewrites a link of a JSON answer with status <see cref="Status"/> (a list's <c>next</c> or <c>first</c>),
/// given the link and the whole document, so a client that follows it is led astray. A document
/// without the link, or a rewrite that gives the same link, changes nothing.
/// </summary>
public sealed class LinkRewriteMutant(string name, string description, ApiOperation operation, int status, string field,
    Func<string, JsonObject, string> rewrite) : Mutant(name, description, operation)
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Status { get; } = status;
    public string Field { get; } = field;
    public override bool ReadsResponseBody => true;

    public override bool MutateResponse(ForwardedResponse response)
    {
        if (response.Status != Status || response.Body is not { Length: > 0 } body)
        {
            return false;
        }
        JsonObject? document;
        try
        {
            document = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
        if (document?[Field] is not JsonValue value || !value.TryGetValue<string>(out var link))
        {
            return false;
        }
        var rewritten = rewrite(link, document);
        if (rewritten == link)
        {
            return false;
        }
        document[Field] = rewritten;
        response.ReplaceBody(JsonSerializer.SerializeToUtf8Bytes(document, Output));
        return true;
    }
}
