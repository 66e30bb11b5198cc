using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Adds a top-level field the server did not send to the JSON object of a response with status
/// <see cref="Status"/>, e.g. a property of a type the schema forbids. A field already there is left
/// alone (that is a <see cref="JsonBodyMutant"/>'s business); <c>Content-Length</c> follows the new body.
/// </summary>
public sealed class JsonFieldAddMutant(string name, string description, ApiOperation operation, int status, string field, JsonNode value)
    : Mutant(name, description, operation)
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
        if (document is null || document.ContainsKey(Field))
        {
            return false;
        }
        document[Field] = value.DeepClone();
        response.ReplaceBody(JsonSerializer.SerializeToUtf8Bytes(document, Output));
        return true;
    }
}
