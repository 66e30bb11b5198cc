namespace Conformance.ImagesApi.Http;

/// <summary>
/// One call to an API operation, named by its route template as in the API reference
/// (<c>GET /v2/images/{image_id}</c>) so that recording and schema validation know what was asked.
/// </summary>
public sealed record ApiRequest(string Method, string Route)
{
    public IReadOnlyDictionary<string, string> PathValues { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }
    public string Accept { get; init; } = "application/json";

    /// <summary>An absolute URL the server gave (a <c>Location</c> header), used instead of the route.</summary>
    public Uri? AbsoluteUrl { get; init; }

    /// <summary>The operation as reports name it: method and route template.</summary>
    public string Operation => $"{Method} {Route}";

    /// <summary>The concrete path, with each <c>{name}</c> replaced by its escaped value.</summary>
    public string Path()
    {
        var path = Route;
        foreach (var (name, value) in PathValues)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        return path;
    }
}
