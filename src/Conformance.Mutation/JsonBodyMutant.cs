using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Edits the JSON body of a response with status <see cref="Status"/> (drops a field, or sets one to a
/// wrong value or a value of the wrong type). The rest of the document keeps its meaning: it is parsed,
/// edited and written again, and <c>Content-Length</c> follows the new body.
/// </summary>
public sealed class JsonBodyMutant(string name, string description, ApiOperation operation, int status, JsonEdit edit)
    : Mutant(name, description, operation)
{
    public int Status { get; } = status;
    public JsonEdit Edit { get; } = edit;
    public override bool ReadsResponseBody => true;

    public override bool MutateResponse(ForwardedResponse response)
    {
        if (response.Status != Status || response.Body is not { Length: > 0 } body || JsonBytes.Edit(body, Edit.Apply) is not { } edited)
        {
            return false;
        }
        response.ReplaceBody(edited);
        return true;
    }
}
