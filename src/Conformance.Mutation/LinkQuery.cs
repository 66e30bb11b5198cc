namespace Conformance.Mutation;

/// <summary>Changes one query parameter of a link such as a list's <c>next</c> (a path with a query), leaving the rest as it was.</summary>
public static class LinkQuery
{
    /// <summary>The link with every <paramref name="name"/> removed.</summary>
    public static string Without(string link, string name)
    {
        var (path, pieces) = Split(link);
        return Join(path, pieces.Where(p => QueryPiece.Name(p) != name));
    }

    /// <summary>The link with <paramref name="name"/> set to <paramref name="value"/> (in place of the first one, or added last).</summary>
    public static string With(string link, string name, string value)
    {
        var (path, pieces) = Split(link);
        var piece = QueryPiece.Of(name, value);
        var index = pieces.FindIndex(p => QueryPiece.Name(p) == name);
        pieces.RemoveAll(p => QueryPiece.Name(p) == name);
        pieces.Insert(index < 0 ? pieces.Count : index, piece);
        return Join(path, pieces);
    }

    private static (string Path, List<string> Pieces) Split(string link)
    {
        var question = link.IndexOf('?', StringComparison.Ordinal);
        return question < 0
            ? (link, [])
            : (link[..question], [.. link[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)]);
    }

    private static string Join(string path, IEnumerable<string> pieces)
    {
        var query = string.Join('&', pieces);
        return query.Length == 0 ? path : path + "?" + query;
    }
}
