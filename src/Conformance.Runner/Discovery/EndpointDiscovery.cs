using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Discovery;

/// <summary>
/// Checks that the endpoint is an Images API the credentials are accepted by, and reads what the API leaves to the
/// operator, once per run: the versions document, import methods, stores (their types where an administrator may
/// ask), and the formats the image schema allows.
/// </summary>
public static class EndpointDiscovery
{
    public const string JournalKey = "discovery";

    public static async Task<DiscoveredFeatures> DiscoverAsync(ConformanceSession session, CancellationToken cancellationToken)
    {
        var endpoint = session.Settings.Endpoint;
        var anonymous = session.TransportFor(Persona.Anonymous, JournalKey);
        ApiResponse versions;
        try
        {
            versions = await new VersionsClient(anonymous).ListVersionsAsync(cancellationToken);
        }
        catch (EndpointUnreachableException) when (session.TlsFailure is { } tls)
        {
            throw new UsageException($"TLS with {endpoint} failed: {tls}: pass --os-cacert with the CA that signed it, or check --endpoint");
        }
        catch (EndpointUnreachableException e)
        {
            throw new UsageException($"cannot reach {endpoint}: {e.Message}; check --endpoint and that the server is up",
                ExitCodes.EndpointUnreachable);
        }
        var versionList = (versions.Json as JsonObject)?["versions"] as JsonArray;
        if (versions.Status is not (200 or 300) || versionList is null)
        {
            throw new UsageException(
                $"{endpoint} answered GET /versions with HTTP {versions.Status} and no versions document: it is not an Images API root; check --endpoint",
                ExitCodes.EndpointUnreachable);
        }
        var ids = versionList.OfType<JsonObject>().Select(v => v["id"]?.ToString()).OfType<string>().ToList();
        var current = versionList.OfType<JsonObject>().FirstOrDefault(v => v["status"]?.ToString() == "CURRENT")?["id"]?.ToString();

        var member = session.TransportFor(Persona.Member, JournalKey);
        var import = await member.SendAsync(new ApiRequest("GET", "/v2/info/import"), cancellationToken);
        if (import.Status == 401)
        {
            throw new UsageException($"{endpoint} refused the credentials (HTTP 401 on /v2/info/import): check --token, --trusted-project, or that the cloud's Glance accepts its Keystone's tokens");
        }
        // The rest does not depend on each other: asked at once, so discovery costs about one round trip, not twenty.
        var storesTask = member.SendAsync(new ApiRequest("GET", "/v2/info/stores"), cancellationToken);
        var detailTask = ApiVersion.TryParse(current) >= StoresDetailVersion && session.Has(Persona.Admin)
            ? session.TransportFor(Persona.Admin, JournalKey).SendAsync(new ApiRequest("GET", "/v2/info/stores/detail"), cancellationToken)
            : null;
        var schemasTask = PublishedSchemasAsync(member, cancellationToken);
        var stores = await storesTask;
        var types = detailTask is null ? new Dictionary<string, string>() : StoreTypes(await detailTask);
        var schemas = await schemasTask;
        var differences = session.Validator is SchemaResponseValidator validator
            ? await validator.AdaptAsync(schemas, ApiVersion.TryParse(current))
            : [];
        var imageSchema = schemas.TryGetValue("image", out var image) ? JsonNode.Parse(image) : null;
        return new DiscoveredFeatures
        {
            ApiVersions = ids,
            CurrentVersion = current,
            ImportMethods = ImportMethods(import),
            StoreInfos = Stores(stores, types),
            DiskFormats = Enumerated(imageSchema, "disk_format"),
            ContainerFormats = Enumerated(imageSchema, "container_format"),
            SchemaDifferences = differences,
            // Glance lists 2.14, the version of the cache API, only while its image cache is on.
            CacheOffered = ids.Contains("v2.14"),
        };
    }

    /// <summary>The version that brought <c>/v2/info/stores/detail</c> (admin only), which tells each store's driver.</summary>
    private static readonly ApiVersion StoresDetailVersion = new(2, 15);

    private static IReadOnlyList<string> ImportMethods(ApiResponse response) =>
        response.Status == 200 && response.Json?["import-methods"]?["value"] is JsonArray methods
            ? methods.Select(m => m?.ToString()).OfType<string>().ToList() : [];

    private static IReadOnlyList<StoreInfo> Stores(ApiResponse response, IReadOnlyDictionary<string, string> types) =>
        response.Status == 200 && response.Json?["stores"] is JsonArray stores
            ? stores.OfType<JsonObject>().Where(s => s["id"] is not null).Select(s => new StoreInfo(
                s["id"]!.ToString(), IsTrue(s["default"]), IsTrue(s["read-only"]), types.GetValueOrDefault(s["id"]!.ToString()))).ToList()
            : [];

    private static IReadOnlyDictionary<string, string> StoreTypes(ApiResponse response) =>
        response.Status == 200 && response.Json?["stores"] is JsonArray stores
            ? stores.OfType<JsonObject>().Where(s => s["id"] is not null && s["type"] is not null)
                .ToDictionary(s => s["id"]!.ToString(), s => s["type"]!.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    /// <summary>The cloud's own published schemas (name to JSON text); one it does not answer with 200 and JSON is left out.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> PublishedSchemasAsync(ApiTransport member, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(SchemaMap.PublishedSchemaNames.Select(async name =>
            (Name: name, Response: await member.SendAsync(new ApiRequest("GET", Routes.Schema(name)), cancellationToken))));
        return answers.Where(a => a.Response.Status == 200 && a.Response.Json is JsonObject)
            .ToDictionary(a => a.Name, a => a.Response.Text, StringComparer.Ordinal);
    }

    /// <summary>The values an image schema's property enumerates (nulls left out); empty when it enumerates none.</summary>
    private static IReadOnlyList<string> Enumerated(JsonNode? schema, string property) =>
        schema?["properties"]?[property]?["enum"] is JsonArray values
            ? values.OfType<JsonValue>().Select(v => v.ToString()).ToList() : [];

    // Glance writes these flags as the string "true"; a boolean is taken too.
    private static bool IsTrue(JsonNode? flag) =>
        flag is JsonValue value && (value.TryGetValue<bool>(out var b) ? b : string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase));
}
