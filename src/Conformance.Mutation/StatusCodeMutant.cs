using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>Answers <see cref="To"/> where the upstream answered <see cref="From"/>; headers and body are left alone.</summary>
public sealed class StatusCodeMutant(string name, string description, ApiOperation operation, int from, int to)
    : Mutant(name, description, operation)
{
    public int From { get; } = from;
    public int To { get; } = to;

    public override bool MutateResponse(ForwardedResponse response)
    {
        if (response.Status != From)
        {
            return false;
        }
        response.Status = To;
        return true;
    }
}
