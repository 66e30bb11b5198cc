using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;

namespace Conformance.Runner.Coverage;

/// <summary>An operation a test exercised and the status it got, as <c>GET /v2/images/{image_id} 404</c>.</summary>
public static class ObservedExchange
{
    public static IReadOnlyList<string> Of(IEnumerable<HttpExchange> exchanges) => exchanges
        .Where(e => e.Status > 0)
        .Select(e => $"{RouteMatcher.ImagesApi.OperationOf(e.Method, new Uri(e.Url).AbsolutePath)} {e.Status}")
        .Distinct().Order(StringComparer.Ordinal).ToList();
}
