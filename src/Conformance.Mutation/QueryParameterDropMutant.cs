using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Removes a query parameter before forwarding, so the upstream answers as if the client had not asked
/// for it: a list that ignores a filter, a limit or a sort key.
/// </summary>
public sealed class QueryParameterDropMutant(string name, string description, ApiOperation operation, string parameter)
    : Mutant(name, description, operation)
{
    public string Parameter { get; } = parameter;

    public override bool MutateRequest(ForwardedRequest request) => request.RemoveQueryParameter(Parameter);
}
