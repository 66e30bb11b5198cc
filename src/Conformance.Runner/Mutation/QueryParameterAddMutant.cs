namespace Conformance.Runner.Mutation;

/// <summary>
/// Adds a query parameter the client did not send, so the upstream answers a wider question than the
/// one asked (a default list that also holds what only an explicit filter should show).
/// </summary>
public sealed class QueryParameterAddMutant(string name, string description, ApiOperation operation, string parameter, string value)
    : Mutant(name, description, operation)
{
    public string Parameter { get; } = parameter;
    public string Value { get; } = value;

    public override bool MutateRequest(ForwardedRequest request)
    {
        if (request.HasQueryParameter(Parameter))
        {
            return false;
        }
        request.QueryParameters.Add(QueryPiece.Of(Parameter, Value));
        return true;
    }
}
