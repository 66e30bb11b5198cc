using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Auth.Keystone;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Configuration.Clouds;

/// <summary>
/// Authenticates each persona's cloud with Keystone before any test runs and finds the Images API in the
/// primary persona's catalog. Every failure is one line naming the cloud, its file and the fix.
/// </summary>
public static class KeystonePersonas
{
    public const string ImageServiceType = "image";
    public const string DefaultInterface = "public";

    /// <summary>The clouds named for each persona: flags first, then OS_CLOUD, then the OS_* variables.</summary>
    public static IReadOnlyList<(Persona Persona, string Cloud)> Wanted(EndpointOptions options, Func<string, string?> environment, CloudsFile clouds)
    {
        var primary = options.OsCloud
            ?? (environment("OS_CLOUD") is { Length: > 0 } fromEnvironment ? fromEnvironment : null)
            ?? (clouds.Clouds.ContainsKey(CloudsYamlLoader.EnvironmentCloudName) ? CloudsYamlLoader.EnvironmentCloudName
                : throw new UsageException("--os-cloud-alt, --os-cloud-admin or --os-cloud-reader without a primary cloud: pass --os-cloud NAME too"));
        var others = new (Persona Persona, string? Cloud)[]
        {
            (Persona.AltMember, options.OsCloudAlt), (Persona.Admin, options.OsCloudAdmin), (Persona.Reader, options.OsCloudReader),
        };
        return [(Persona.Member, primary), .. others.Where(o => o.Cloud is not null).Select(o => (o.Persona, o.Cloud!))];
    }

    public static async Task<KeystoneConnection> ConnectAsync(EndpointOptions options, Func<string, string?> environment,
        CloudsFile clouds, Uri? explicitEndpoint, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var wanted = Wanted(options, environment, clouds);
        // Every persona's token at once (one round trip's wait, not one per persona); a refusal is reported for the
        // first persona in this order that failed, as when they were asked one after another.
        var authenticated = await Task.WhenAll(wanted.Select(async w =>
        {
            var cloud = clouds.Get(w.Cloud);
            return (w.Persona, Credentials: await AuthenticateAsync(cloud, CloudAuth.From(cloud), new KeystoneClient(TlsOf(cloud, options), timeout), time, cancellationToken));
        }));
        var personas = authenticated.ToDictionary(a => a.Persona, a => (ICredentials)a.Credentials);
        var member = authenticated[0].Credentials;
        var named = clouds.Get(wanted[0].Cloud);
        var primary = options.OsRegionName is { } region ? named with { RegionName = region } : named;
        var token = member.Token;
        var endpoint = explicitEndpoint
            ?? (primary.ImageEndpointOverride is { } overridden ? SuiteSettingsFactory.ParseEndpoint(overridden) : null)
            ?? CatalogEndpoint(primary, token.Catalog);
        var tls = TlsOf(primary, options);
        var facts = new Dictionary<string, string>
        {
            ["cpid"] = CloudIdentity.Cpid(token.Catalog, member.Auth.AuthUrl),
            ["auth.url"] = member.Auth.AuthUrl.ToString(),
            ["auth.clouds"] = string.Join(", ", wanted.Select(w => $"{w.Persona}={w.Cloud}")),
            ["region"] = primary.RegionName ?? "any",
            ["tls"] = tls.Describe(),
        };
        var warnings = wanted.Select(w => clouds.Get(w.Cloud)).Any(c => TlsOf(c, options).Insecure)
            ? new[] { "certificate verification is DISABLED (--insecure or verify: false): anyone between the suite and the cloud can read the credentials; do not publish this result" }
            : [];
        return new KeystoneConnection(personas, endpoint, tls, facts, warnings);
    }

    public static TlsOptions TlsOf(CloudConfig cloud, EndpointOptions options)
    {
        var cacert = options.OsCacert ?? cloud.CaCert;
        foreach (var (file, what) in new[] { (cacert, "cacert"), (cloud.Cert, "cert"), (cloud.Key, "key") })
        {
            if (file is not null && !File.Exists(file))
            {
                throw new UsageException($"cloud '{cloud.Name}': {what} file '{file}' not found: fix the path in {cloud.Source}{(what == "cacert" ? " or --os-cacert" : "")}");
            }
        }
        return new TlsOptions { CaCertFile = cacert, Insecure = options.Insecure || !cloud.Verify, ClientCertFile = cloud.Cert, ClientKeyFile = cloud.Key };
    }

    private static async Task<KeystoneCredentials> AuthenticateAsync(CloudConfig cloud, KeystoneAuth auth, KeystoneClient client,
        TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await KeystoneCredentials.AuthenticateAsync(client, auth, time, cancellationToken);
        }
        catch (KeystoneException e)
        {
            client.Dispose();
            var prefix = $"cloud '{cloud.Name}': {e.Message}";
            throw e.Failure switch
            {
                KeystoneFailure.Refused => new UsageException($"{prefix}: check the {Secret(auth)} of {auth.Who} in {cloud.Source}"),
                KeystoneFailure.NoRoleOnProject => new UsageException($"{prefix}: ask for a role on it, or name a project you have a role on in {cloud.Source}"),
                KeystoneFailure.Tls when e.Message.Contains("hostname check failed", StringComparison.Ordinal) =>
                    new UsageException($"{prefix}: use an auth_url whose host the certificate names, in {cloud.Source}"),
                KeystoneFailure.Tls when e.Message.Contains("client certificate", StringComparison.Ordinal) =>
                    new UsageException($"{prefix}: set cert and key (a certificate the cloud accepts) in {cloud.Source}"),
                KeystoneFailure.Tls => new UsageException($"{prefix}: pass --os-cacert with the CA that signed it (or fix cacert in {cloud.Source})"),
                KeystoneFailure.Unreachable => new UsageException($"{prefix}: check auth_url in {cloud.Source} and that Keystone is up", ExitCodes.EndpointUnreachable),
                _ => new UsageException($"{prefix}: check auth_url in {cloud.Source}", ExitCodes.EndpointUnreachable),
            };
        }
    }

    private static Uri CatalogEndpoint(CloudConfig cloud, ServiceCatalog catalog)
    {
        var endpointInterface = (cloud.Interface ?? DefaultInterface).ToLowerInvariant().Replace("url", string.Empty, StringComparison.Ordinal);
        try
        {
            return SuiteSettingsFactory.ParseEndpoint(catalog.Endpoint(ImageServiceType, endpointInterface, cloud.RegionName).ToString());
        }
        catch (KeystoneException e)
        {
            throw new UsageException(catalog.Service(ImageServiceType) is null
                ? $"cloud '{cloud.Name}': {e.Message}: register Glance in Keystone's catalog or pass --endpoint URL"
                : $"cloud '{cloud.Name}': {e.Message}: set region_name or interface in {cloud.Source}, or pass --os-region-name REGION or --endpoint URL");
        }
    }

    private static string Secret(KeystoneAuth auth) => auth.Method switch
    {
        KeystoneAuthMethod.ApplicationCredential => "application_credential_secret",
        KeystoneAuthMethod.Token => "token (it may have expired)",
        _ => "password",
    };
}
