using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Mutation;

/// <summary>
/// Edits the JSON body of a request before forwarding, so the upstream does less (or other) than the
/// client asked: an update that loses some of its operations. A body that is not JSON, or that the
/// edit leaves unchanged, is forwarded as it came.
/// </summary>
public sealed class RequestJsonMutant(string name, string description, ApiOperation operation, Func<JsonNode, bool> edit)
    : Mutant(name, description, operation)
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override bool ReadsRequestBody => true;

    public override bool MutateRequest(ForwardedRequest request)
    {
        if (request.Body is not { Length: > 0 } body)
        {
            return false;
        }
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return false;
        }
        if (document is null || !edit(document))
        {
            return false;
        }
        request.ReplaceBody(JsonSerializer.SerializeToUtf8Bytes(document, Output));
        return true;
    }
}
