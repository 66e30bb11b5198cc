using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Rewrites the values of one query parameter before forwarding, so the upstream answers a nearby but
/// different question: an <c>in:</c> list cut to its first value, a strict date bound made inclusive.
/// A value the rewrite leaves as it is, or a request without the parameter, is forwarded untouched.
/// </summary>
public sealed class QueryValueRewriteMutant(string name, string description, ApiOperation operation,
    Func<string, bool> parameter, Func<string, string> rewrite) : Mutant(name, description, operation)
{
    public override bool MutateRequest(ForwardedRequest request)
    {
        var changed = false;
        var parameters = request.QueryParameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var key = QueryPiece.Name(parameters[i]);
            if (!parameter(key))
            {
                continue;
            }
            var value = QueryPiece.Value(parameters[i]);
            var rewritten = rewrite(value);
            if (rewritten != value)
            {
                parameters[i] = QueryPiece.Of(key, rewritten);
                changed = true;
            }
        }
        return changed;
    }
}
