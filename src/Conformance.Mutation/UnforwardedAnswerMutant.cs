using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Answers a write with success without forwarding it: the client is told "done" and nothing happened
/// (a delete that deletes nothing, a tag that is never stored). The answer has no body.
/// </summary>
public sealed class UnforwardedAnswerMutant(string name, string description, ApiOperation operation, int status)
    : Mutant(name, description, operation)
{
    public int Status { get; } = status;

    public override bool MutateRequest(ForwardedRequest request)
    {
        request.LocalAnswer = new ForwardedResponse(Status, new HeaderList(), body: []);
        return true;
    }
}
