namespace Conformance.ImagesApi.Http;

/// <summary>
/// An operation of the Images API: a method and a route template, written as reports write it
/// (<c>GET /v2/images/{image_id}</c>, the same spelling as <c>ApiRequest.Operation</c>).
/// </summary>
public readonly record struct ApiOperation(string Method, string Route)
{
    public override string ToString() => $"{Method} {Route}";
}
