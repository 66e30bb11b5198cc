using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Recording;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// What the server answered, whole: status, headers, raw body and a JSON view of it. The client
/// never judges a response; tests do.
/// </summary>
public sealed class ApiResponse
{
    private readonly Lazy<JsonNode?> _json;

    public ApiResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, HttpExchange exchange)
    {
        Status = status;
        Headers = headers;
        Body = body;
        Exchange = exchange;
        _json = new Lazy<JsonNode?>(ParseJson);
    }

    public int Status { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    public byte[] Body { get; }
    public HttpExchange Exchange { get; }
    public string? RequestId => Exchange.RequestId;
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>
    /// For a streamed upload or download: the size and hashes of the image data it carried (sent or received),
    /// computed on the way; the data itself is not in <see cref="Body"/>. Null for an ordinary exchange.
    /// </summary>
    public StreamedData? StreamedData { get; init; }

    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? Json => _json.Value;

    /// <summary>The body as a JSON object; throws with the status and body when it is not one, so a test failure says why.</summary>
    public JsonObject JsonObject => Json as JsonObject
        ?? throw new InvalidOperationException($"expected a JSON object, got HTTP {Status}: {Abbreviated()}");

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public override string ToString() => $"HTTP {Status} for {Exchange.Method} {Exchange.Url}" +
        (RequestId is null ? string.Empty : $" (request {RequestId})") + $": {Abbreviated()}";

    private string Abbreviated() => Text.Length <= 300 ? Text : Text[..300] + "…";

    private JsonNode? ParseJson()
    {
        if (Body.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
