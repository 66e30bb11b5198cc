namespace Conformance.ImagesApi.Http;

/// <summary>
/// An operation of the Images API: a method and a route template, written as reports write it
/// (<c>GET /v2/images/{image_id}</c>, the spelling of <see cref="Operations"/> and <c>ApiRequest.Operation</c>).
/// </summary>
public readonly record struct ApiOperation(string Method, string Route)
{
    /// <summary>The operation an <see cref="Operations"/> constant spells, e.g. <see cref="Operations.ImageShow"/>.</summary>
    public static ApiOperation Parse(string operation)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space == operation.Length - 1)
        {
            throw new FormatException($"'{operation}' is not an operation (METHOD /route)");
        }
        return new(operation[..space], operation[(space + 1)..]);
    }

    /// <summary>Lets a catalogue name a target by its <see cref="Operations"/> constant.</summary>
    public static implicit operator ApiOperation(string operation) => Parse(operation);

    public override string ToString() => $"{Method} {Route}";
}
