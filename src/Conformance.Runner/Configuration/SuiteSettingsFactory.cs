using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration.Clouds;

namespace Conformance.Runner.Configuration;

/// <summary>
/// Turns options (flags over environment over defaults) into the one immutable <see cref="SuiteSettings"/>,
/// or a <see cref="UsageException"/> whose message names the fix.
/// </summary>
public static class SuiteSettingsFactory
{
    public const string TokenVariable = "CONFORMANCE_TOKEN";

    public static Task<ConfiguredCloud> CreateAsync(EndpointOptions options, string resourceTag, Func<string, string?> environment, CancellationToken cancellationToken) =>
        CreateAsync(options, resourceTag, environment, new CloudsYamlLoader(environment, Directory.GetCurrentDirectory(),
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), TimeProvider.System, cancellationToken);

    /// <summary>
    /// Credentials, in this order: <c>--trusted-project</c>, <c>--token</c>, <c>--os-cloud*</c>; then
    /// <c>CONFORMANCE_TOKEN</c>, <c>OS_CLOUD</c>, <c>OS_AUTH_URL</c>. Keystone personas are authenticated here,
    /// so that bad credentials fail before any test runs.
    /// </summary>
    /// <param name="resourceTag">The run's resource tag (<see cref="Runs.RunIdentity.ResourceTag"/>), made by the command.</param>
    public static async Task<ConfiguredCloud> CreateAsync(EndpointOptions options, string resourceTag, Func<string, string?> environment,
        CloudsYamlLoader clouds, TimeProvider time, CancellationToken cancellationToken)
    {
        var mode = AuthModeOf(options, environment);
        var endpoint = options.Endpoint is null && mode == AuthMode.Keystone ? null : ParseEndpoint(options.Endpoint);
        var schemas = options.Schemas ?? RepositoryLayout.DefaultSchemasDirectory;
        if (!Directory.Exists(schemas))
        {
            throw new UsageException($"schemas folder '{schemas}' not found: pass --schemas DIR (the repository's schemas/ folder)");
        }
        if (options.TimeoutSeconds <= 0)
        {
            throw new UsageException($"--request-timeout {options.TimeoutSeconds} is not a positive number of seconds: pass e.g. --request-timeout 60");
        }
        if (options.Retries is < 0 or > EndpointOptions.MaxRetries)
        {
            throw new UsageException($"--retries {options.Retries} is not between 0 and {EndpointOptions.MaxRetries}: pass e.g. --retries {EndpointOptions.DefaultRetries}, or 0 for none");
        }
        if (options.ImageSizeCap is <= 0)
        {
            throw new UsageException($"--image-size-cap {options.ImageSizeCap} is not a positive number of bytes: pass the cloud's image_size_cap, e.g. --image-size-cap 67108864");
        }
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var connection = mode switch
        {
            AuthMode.Trusted => Direct(endpoint!, TrustedPersonas.ForProject(options.TrustedProject!), options),
            AuthMode.Token => Direct(endpoint!, new Dictionary<Persona, ICredentials>
            {
                [Persona.Member] = new StaticTokenCredentials(options.Token ?? environment(TokenVariable)!),
            }, options),
            _ => await KeystonePersonas.ConnectAsync(options, environment, clouds.Load(), endpoint, timeout, time, cancellationToken),
        };
        var settings = new SuiteSettings
        {
            Endpoint = connection.Endpoint,
            Personas = connection.Personas,
            Tls = connection.Tls,
            ResourceTag = resourceTag,
            SchemasDirectory = Path.GetFullPath(schemas),
            RequestTimeout = timeout,
            Retries = new RetryPolicy { MaxAttempts = options.Retries + 1 },
            ImageSizeCapBytes = options.ImageSizeCap,
        };
        return new ConfiguredCloud(settings, new CloudReport(connection.Facts, connection.Warnings));
    }

    /// <summary>Personas that need no identity service: the endpoint is given, TLS comes from the flags.</summary>
    private static KeystoneConnection Direct(Uri endpoint, IReadOnlyDictionary<Persona, ICredentials> personas, EndpointOptions options) =>
        new(personas, endpoint,
            new TlsOptions { CaCertFile = ExistingCaCert(options.OsCacert), Insecure = options.Insecure },
            new Dictionary<string, string>(),
            options.Insecure ? [InsecureWarning] : []);

    private const string InsecureWarning = "certificate verification is DISABLED (--insecure): anyone between the suite and the cloud can read the credentials; do not publish this result";

    private enum AuthMode { Trusted, Token, Keystone }

    private static AuthMode AuthModeOf(EndpointOptions options, Func<string, string?> environment)
    {
        var cloudFlags = options.OsCloud ?? options.OsCloudAlt ?? options.OsCloudAdmin ?? options.OsCloudReader;
        var token = options.Token ?? environment(TokenVariable);
        if (options.TrustedProject is not null)
        {
            return token is not null || cloudFlags is not null
                ? throw new UsageException("both a token or cloud and --trusted-project given: pass only one way to authenticate")
                : AuthMode.Trusted;
        }
        if (options.Token is not null)
        {
            return cloudFlags is not null
                ? throw new UsageException("both --token and --os-cloud given: pass only one way to authenticate")
                : AuthMode.Token;
        }
        if (cloudFlags is not null)
        {
            return AuthMode.Keystone;
        }
        if (token is not null)
        {
            return AuthMode.Token;
        }
        if (environment("OS_CLOUD") is { Length: > 0 } || environment("OS_AUTH_URL") is { Length: > 0 })
        {
            return AuthMode.Keystone;
        }
        throw new UsageException(
            $"no credentials: pass --os-cloud NAME (a clouds.yaml cloud), --token (or set {TokenVariable}), or --trusted-project ID for a trusted-headers Glance");
    }

    private static string? ExistingCaCert(string? path) =>
        path is null || File.Exists(path) ? path
        : throw new UsageException($"--os-cacert '{path}' not found: pass the path of a PEM CA bundle");

    public static Uri ParseEndpoint(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            throw new UsageException("no endpoint: pass --endpoint URL, or run ./conformance run without it to use the local reference Glance");
        }
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--endpoint '{endpoint}' is not an http(s) URL: pass e.g. --endpoint https://image.example.com:9292");
        }
        // The API's routes start at /v2 or /versions below the endpoint: keep a path prefix, without a trailing /v2.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v2", StringComparison.Ordinal))
        {
            path = path[..^3];
        }
        return new UriBuilder(uri) { Path = path + "/" }.Uri;
    }
}
