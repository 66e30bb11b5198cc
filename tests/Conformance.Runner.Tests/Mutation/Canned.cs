using System.Globalization;
using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>Requests and responses as the proxy hands them to a mutant, without any network.</summary>
internal static class Canned
{
    public const string ImageId = "c5efae25-532a-4fb1-bdea-9c31033cf7d8";

    /// <summary>An active image as Glance 25 describes it, with 12 bytes of data.</summary>
    public const string ImageJson = """
        {"name": "probe", "disk_format": "raw", "container_format": "bare", "visibility": "shared",
         "size": 12, "virtual_size": null, "status": "active", "checksum": "6f5902ac237024bdd0c176cb93063dc4",
         "protected": false, "min_ram": 0, "min_disk": 0, "owner": "p1", "os_hidden": false, "os_hash_algo": "sha512",
         "id": "c5efae25-532a-4fb1-bdea-9c31033cf7d8", "created_at": "2026-11-27T18:22:12Z", "tags": ["é+<x>"],
         "self": "/v2/images/c5efae25-532a-4fb1-bdea-9c31033cf7d8", "schema": "/v2/schemas/image"}
        """;

    /// <summary>A page of two images (one active, one queued), with a <c>next</c> link or without.</summary>
    public static string ListJson(bool withNext) => $$"""
        {"images": [{{ImageJson}}, {{ImageJson.Replace("\"active\"", "\"queued\"", StringComparison.Ordinal)}}],
         {{(withNext ? "\"next\": \"/v2/images?marker=c5efae25-532a-4fb1-bdea-9c31033cf7d8&limit=2\"," : string.Empty)}}
         "first": "/v2/images?limit=2", "schema": "/v2/schemas/images"}
        """;

    public static ForwardedRequest Request(ApiOperation operation, string path, string query = "") =>
        new(operation, operation.Method, path, query, new HeaderList([
            new("Host", "127.0.0.1:5555"), new("Accept", "application/json"), new("X-Auth-Token", "t"),
        ]));

    public static ForwardedResponse Json(int status, string json, params (string Name, string Value)[] headers) =>
        Bytes(status, Encoding.UTF8.GetBytes(json), [("Content-Type", "application/json"), .. headers]);

    public static ForwardedResponse Bytes(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        var list = new HeaderList();
        foreach (var (name, value) in headers)
        {
            list.Add(name, value);
        }
        list.Add("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture));
        list.Add("X-Openstack-Request-Id", "req-1");
        return new ForwardedResponse(status, list, body);
    }

    public static ForwardedResponse Empty(int status, params (string Name, string Value)[] headers) => Bytes(status, [], headers);

    public static JsonObject JsonOf(ForwardedResponse response) =>
        JsonNode.Parse(response.Body ?? throw new InvalidOperationException("the response has no body"))!.AsObject();

    public static long ContentLength(ForwardedResponse response) =>
        long.Parse(response.Headers.Get("Content-Length") ?? "-1", CultureInfo.InvariantCulture);
}
