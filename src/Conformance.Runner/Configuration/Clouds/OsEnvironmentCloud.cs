namespace Conformance.Runner.Configuration.Clouds;

/// <summary>The OS_* variables (as openrc files set them) as one cloud, named <c>envvars</c> as openstacksdk names it.</summary>
public static class OsEnvironmentCloud
{
    private static readonly (string Variable, string Key)[] AuthVariables =
    [
        ("OS_AUTH_URL", "auth_url"), ("OS_USERNAME", "username"), ("OS_USER_ID", "user_id"), ("OS_PASSWORD", "password"),
        ("OS_PROJECT_NAME", "project_name"), ("OS_PROJECT_ID", "project_id"), ("OS_TENANT_NAME", "project_name"), ("OS_TENANT_ID", "project_id"),
        ("OS_USER_DOMAIN_NAME", "user_domain_name"), ("OS_USER_DOMAIN_ID", "user_domain_id"),
        ("OS_PROJECT_DOMAIN_NAME", "project_domain_name"), ("OS_PROJECT_DOMAIN_ID", "project_domain_id"),
        ("OS_DOMAIN_NAME", "domain_name"), ("OS_DOMAIN_ID", "domain_id"),
        ("OS_DEFAULT_DOMAIN_NAME", "default_domain_name"), ("OS_DEFAULT_DOMAIN_ID", "default_domain_id"),
        ("OS_APPLICATION_CREDENTIAL_ID", "application_credential_id"), ("OS_APPLICATION_CREDENTIAL_NAME", "application_credential_name"),
        ("OS_APPLICATION_CREDENTIAL_SECRET", "application_credential_secret"), ("OS_TOKEN", "token"),
    ];

    /// <summary>The cloud, or null when OS_AUTH_URL is not set.</summary>
    public static CloudConfig? From(Func<string, string?> environment)
    {
        if (environment("OS_AUTH_URL") is not { Length: > 0 })
        {
            return null;
        }
        var auth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (variable, key) in AuthVariables)
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                auth.TryAdd(key, value);
            }
        }
        string? Get(string variable) => environment(variable) is { Length: > 0 } v ? v : null;
        return new CloudConfig
        {
            Name = CloudsYamlLoader.EnvironmentCloudName,
            Source = "the OS_* environment variables",
            Auth = auth,
            AuthType = Get("OS_AUTH_TYPE"),
            RegionName = Get("OS_REGION_NAME"),
            Interface = Get("OS_INTERFACE") ?? Get("OS_ENDPOINT_TYPE"),
            CaCert = Get("OS_CACERT"),
            Cert = Get("OS_CERT"),
            Key = Get("OS_KEY"),
        };
    }
}
