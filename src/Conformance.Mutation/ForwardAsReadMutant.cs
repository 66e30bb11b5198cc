using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Turns a write into a read of the same resource: the request goes upstream as a <c>GET</c> without
/// its body, and the client receives what the read answered (200 and the unchanged resource), i.e.
/// an update that answers success but is not applied.
/// </summary>
public sealed class ForwardAsReadMutant(string name, string description, ApiOperation operation)
    : Mutant(name, description, operation)
{
    public override bool MutateRequest(ForwardedRequest request)
    {
        request.Method = "GET";
        request.ForwardBody = false;
        request.Headers.Remove("Content-Type");
        request.Headers.Remove("Content-Length");
        return true;
    }
}
