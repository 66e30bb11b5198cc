using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Adds a query parameter the client did not send, so the upstream answers a wider question than the
/// one asked (a default list that also holds what only an explicit filter should show). A request with
/// the parameter, or with one of <c>exceptWith</c> (which asks for the same thing another way), is left as it is.
/// </summary>
public sealed class QueryParameterAddMutant(string name, string description, ApiOperation operation, string parameter, string value,
    params string[] exceptWith)
    : Mutant(name, description, operation)
{
    public string Parameter { get; } = parameter;
    public string Value { get; } = value;

    public override bool MutateRequest(ForwardedRequest request)
    {
        if (request.HasQueryParameter(Parameter) || exceptWith.Any(request.HasQueryParameter))
        {
            return false;
        }
        request.QueryParameters.Add(QueryPiece.Of(Parameter, Value));
        return true;
    }
}
