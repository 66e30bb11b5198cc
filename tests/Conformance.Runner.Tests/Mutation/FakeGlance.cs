using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>
/// Just enough of Glance's behaviour to test the proxy against: create (201 and a Location built from
/// Host), show, list (the body echoes the query it got), patch, delete (204), upload (204) and
/// download (200 with Content-Md5). It judges nothing; it answers the way Glance would.
/// </summary>
internal sealed class FakeGlance
{
    public const string ImageId = "c5efae25-532a-4fb1-bdea-9c31033cf7d8";

    private readonly ConcurrentDictionary<string, byte[]> _data = new();

    public static string ImageJson(string status) =>
        $$"""{"id": "{{ImageId}}", "name": "probe", "status": "{{status}}", "tags": [], "self": "/v2/images/{{ImageId}}"}""";

    public async Task RespondAsync(HttpContext context, byte[] body)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var image = $"/v2/images/{ImageId}";
        var (status, contentType, answer) = (request.Method, path) switch
        {
            ("POST", "/v2/images") => (201, "application/json", ImageJson("queued")),
            ("GET", "/v2/images") => (200, "application/json", $$"""{"images": [], "query": "{{request.QueryString.Value}}"}"""),
            ("GET", _) when path == image => (200, "application/json", ImageJson("active")),
            ("PATCH", _) when path == image => (200, "application/json", ImageJson("active")),
            ("DELETE", _) when path == image => (204, null, null),
            ("PUT", _) when path == image + "/file" => Store(body),
            ("GET", _) when path == image + "/file" => (200, "application/octet-stream", null),
            _ => (404, "application/json", """{"message": "No image found"}"""),
        };
        context.Response.StatusCode = status;
        context.Response.Headers["X-Openstack-Request-Id"] = "req-fake-" + status.ToString(CultureInfo.InvariantCulture);
        if (status == 201)
        {
            context.Response.Headers.Location = $"http://{request.Host}{image}";
        }
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }
        var bytes = answer is not null ? Encoding.UTF8.GetBytes(answer) : contentType is null ? [] : _data.GetValueOrDefault(ImageId, []);
        if (contentType == "application/octet-stream")
        {
            context.Response.Headers["Content-Md5"] = ContentMd5.Of(bytes);
        }
        if (bytes.Length > 0)
        {
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private (int, string?, string?) Store(byte[] body)
    {
        _data[ImageId] = body;
        return (204, null, null);
    }
}
