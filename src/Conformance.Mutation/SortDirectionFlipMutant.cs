using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Sorts a list the wrong way round: every sort direction the client asked for is flipped before
/// forwarding (<c>sort_dir=asc</c> becomes <c>desc</c>, <c>sort=name:desc</c> becomes <c>name:asc</c>),
/// and a key given without a direction, which the API sorts descending, is sent as ascending. A list
/// without sort parameters is left alone, and paging stays consistent because the upstream itself sorts.
/// </summary>
public sealed class SortDirectionFlipMutant(string name, string description, ApiOperation operation)
    : Mutant(name, description, operation)
{
    public override bool MutateRequest(ForwardedRequest request)
    {
        var changed = false;
        var parameters = request.QueryParameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var (key, value) = (QueryPiece.Name(parameters[i]), QueryPiece.Value(parameters[i]));
            var flipped = key switch
            {
                "sort_dir" => Flip(value),
                "sort" => string.Join(',', value.Split(',').Select(FlipSortItem)),
                _ => value,
            };
            if (flipped != value)
            {
                parameters[i] = QueryPiece.Of(key, flipped);
                changed = true;
            }
        }
        if (request.HasQueryParameter("sort_key") && !request.HasQueryParameter("sort_dir"))
        {
            parameters.Add("sort_dir=asc");
            changed = true;
        }
        return changed;
    }

    private static string FlipSortItem(string item)
    {
        var colon = item.LastIndexOf(':');
        return colon < 0 ? item + ":asc" : item[..(colon + 1)] + Flip(item[(colon + 1)..]);
    }

    private static string Flip(string direction) => direction switch
    {
        "asc" => "desc",
        "desc" => "asc",
        _ => direction,
    };
}
