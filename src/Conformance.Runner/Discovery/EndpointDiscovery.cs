using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Discovery;

/// <summary>
/// Checks that the endpoint is an Images API the credentials are accepted by, and reads the
/// versions document and the import and store discovery calls, once per run.
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
        var stores = await member.SendAsync(new ApiRequest("GET", "/v2/info/stores"), cancellationToken);
        return new DiscoveredFeatures(ids, current, ImportMethods(import), StoreIds(stores));
    }

    private static IReadOnlyList<string> ImportMethods(ApiResponse response) =>
        response.Status == 200 && response.Json?["import-methods"]?["value"] is JsonArray methods
            ? methods.Select(m => m?.ToString()).OfType<string>().ToList() : [];

    private static IReadOnlyList<string> StoreIds(ApiResponse response) =>
        response.Status == 200 && response.Json?["stores"] is JsonArray stores
            ? stores.Select(s => s?["id"]?.ToString()).OfType<string>().ToList() : [];
}
