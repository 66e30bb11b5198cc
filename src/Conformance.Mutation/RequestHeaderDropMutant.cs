using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Removes a request header before forwarding, so the upstream answers as if the client had not sent it:
/// a download that ignores <c>Range</c>, a write that ignores a precondition.
/// </summary>
public sealed class RequestHeaderDropMutant(string name, string description, ApiOperation operation, string header)
    : Mutant(name, description, operation)
{
    public string Header { get; } = header;

    public override bool MutateRequest(ForwardedRequest request) => request.Headers.Remove(Header);
}
