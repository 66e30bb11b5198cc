using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Answers a write with a plausible JSON document built from the request itself, without forwarding it:
/// the client reads back what it asked for, and nothing happened. A request the builder cannot answer
/// (it gives null) is forwarded untouched.
/// </summary>
public sealed class LocalJsonAnswerMutant(string name, string description, ApiOperation operation, int status,
    Func<ForwardedRequest, JsonObject?> answer) : Mutant(name, description, operation)
{
    public int Status { get; } = status;
    public override bool ReadsRequestBody => true;

    public override bool MutateRequest(ForwardedRequest request)
    {
        if (answer(request) is not { } document)
        {
            return false;
        }
        var headers = new HeaderList();
        headers.Add("Content-Type", "application/json");
        var local = new ForwardedResponse(Status, headers);
        local.ReplaceBody(Encoding.UTF8.GetBytes(document.ToJsonString()));
        request.LocalAnswer = local;
        return true;
    }
}
