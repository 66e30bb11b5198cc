using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Edits the JSON body of a request before forwarding, so the upstream does less (or other) than the
/// client asked: an update that loses some of its operations. A body that is not JSON, or that the
/// edit leaves unchanged, is forwarded as it came.
/// </summary>
public sealed class RequestJsonMutant(string name, string description, ApiOperation operation, Func<JsonNode, bool> edit)
    : Mutant(name, description, operation)
{
    public override bool ReadsRequestBody => true;

    public override bool MutateRequest(ForwardedRequest request)
    {
        if (request.Body is not { Length: > 0 } body || JsonBytes.Edit(body, edit) is not { } edited)
        {
            return false;
        }
        request.ReplaceBody(edited);
        return true;
    }
}
