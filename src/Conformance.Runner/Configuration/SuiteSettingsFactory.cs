using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Configuration;

/// <summary>
/// Turns options (flags over environment over defaults) into the one immutable <see cref="SuiteSettings"/>,
/// or a <see cref="UsageException"/> whose message names the fix.
/// </summary>
public static class SuiteSettingsFactory
{
    public const string TokenVariable = "CONFORMANCE_TOKEN";

    public static SuiteSettings Create(EndpointOptions options, Func<string, string?> environment)
    {
        var endpoint = ParseEndpoint(options.Endpoint);
        var token = options.Token ?? environment(TokenVariable);
        if (token is not null && options.TrustedProject is not null)
        {
            throw new UsageException("both a token and --trusted-project given: pass only one way to authenticate");
        }
        var personas = options.TrustedProject is { } project ? TrustedPersonas.ForProject(project)
            : token is not null ? new Dictionary<Persona, ICredentials> { [Persona.Member] = new StaticTokenCredentials(token) }
            : throw new UsageException(
                $"no credentials for {endpoint}: pass --token (or set {TokenVariable}), or --trusted-project ID for a trusted-headers Glance");
        var schemas = options.Schemas ?? RepositoryLayout.DefaultSchemasDirectory;
        if (!Directory.Exists(schemas))
        {
            throw new UsageException($"schemas folder '{schemas}' not found: pass --schemas DIR (the repository's schemas/ folder)");
        }
        if (options.TimeoutSeconds <= 0)
        {
            throw new UsageException($"--timeout {options.TimeoutSeconds} is not a positive number of seconds: pass e.g. --timeout 60");
        }
        if (options.ImageSizeCap is <= 0)
        {
            throw new UsageException($"--image-size-cap {options.ImageSizeCap} is not a positive number of bytes: pass the cloud's image_size_cap, e.g. --image-size-cap 67108864");
        }
        return new SuiteSettings
        {
            Endpoint = endpoint,
            Personas = personas,
            RunId = NewRunId(),
            SchemasDirectory = Path.GetFullPath(schemas),
            RequestTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            ImageSizeCapBytes = options.ImageSizeCap,
        };
    }

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

    /// <summary>A short random id that marks one pass's resources.</summary>
    public static string NewRunId() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8];
}
