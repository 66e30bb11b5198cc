
namespace Conformance.ImagesApi.Http;

/// <summary>
/// Names the route template a concrete request path belongs to, so that the proxy can count requests
/// per operation and aim a mutant at exactly one operation. A <c>{name}</c> segment matches any one
/// non-empty path segment; literal segments match exactly (paths are compared as sent, still escaped).
/// </summary>
public sealed class RouteMatcher
{
    /// <summary>The route reported for a path that matches no template.</summary>
    public const string Unmatched = "{unmatched}";

    private readonly IReadOnlyList<(string Template, string[] Segments)> _templates;

    public RouteMatcher(IEnumerable<string> templates)
    {
        // Templates with fewer placeholders win, so a literal route such as /v2/info/stores/detail
        // is never swallowed by a template of the same length that has a placeholder in its place.
        _templates = templates
            .Select(t => (Template: t, Segments: Split(t)))
            .OrderBy(t => t.Segments.Count(IsPlaceholder))
            .ToList();
    }

    /// <summary>A matcher for every route of the Images API v2 listed in <see cref="Routes.All"/>.</summary>
    public static RouteMatcher ImagesApi { get; } = new(Routes.All);

    /// <summary>The template <paramref name="path"/> belongs to, or null. Any query string is ignored.</summary>
    public string? Match(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var segments = Split(query < 0 ? path : path[..query]);
        foreach (var (template, templateSegments) in _templates)
        {
            if (Matches(templateSegments, segments))
            {
                return template;
            }
        }
        return null;
    }

    /// <summary>The operation of a request; its route is <see cref="Unmatched"/> when no template fits.</summary>
    public ApiOperation OperationOf(string method, string path) =>
        new(method.ToUpperInvariant(), Match(path) ?? Unmatched);

    private static bool Matches(string[] template, string[] path)
    {
        if (template.Length != path.Length)
        {
            return false;
        }
        for (var i = 0; i < template.Length; i++)
        {
            var matches = IsPlaceholder(template[i])
                ? path[i].Length > 0
                : string.Equals(template[i], path[i], StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPlaceholder(string segment) =>
        segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    // "/" has no segments; "/v2/images/" keeps its empty last segment so that it does not pass for "/v2/images".
    private static string[] Split(string path) =>
        path is "" or "/" ? [] : path.TrimStart('/').Split('/');
}
