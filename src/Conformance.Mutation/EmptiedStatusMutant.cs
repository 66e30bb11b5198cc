using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Answers <see cref="To"/> with no body where the upstream answered <see cref="From"/>: a refusal
/// reported as a success that has nothing to say (403 becomes 204). Unlike <see cref="StatusCodeMutant"/>
/// it drops the upstream's body, which a 204 must not carry.
/// </summary>
public sealed class EmptiedStatusMutant(string name, string description, ApiOperation operation, int from, int to)
    : Mutant(name, description, operation)
{
    public int From { get; } = from;
    public int To { get; } = to;

    // The body is read so that it is consumed here instead of streaming to the client.
    public override bool ReadsResponseBody => true;

    public override bool MutateResponse(ForwardedResponse response)
    {
        if (response.Status != From)
        {
            return false;
        }
        response.Status = To;
        response.ReplaceBody([]);
        response.Headers.Remove("Content-Length");
        response.Headers.Remove("Content-Type");
        return true;
    }
}
