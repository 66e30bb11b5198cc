using Conformance.ImagesApi.Auth.Keystone;

namespace Conformance.Runner.Configuration.Clouds;

/// <summary>A cloud's <c>auth</c> block as a <see cref="KeystoneAuth"/>, or a usage error naming the missing key and the file.</summary>
public static class CloudAuth
{
    public static KeystoneAuth From(CloudConfig cloud)
    {
        var method = Method(cloud);
        var authUrl = cloud.AuthValue("auth_url")
            ?? throw Missing(cloud, "auth.auth_url", "Keystone's URL, e.g. https://keystone.example.com:5000/v3");
        if (!Uri.TryCreate(authUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"cloud '{cloud.Name}' in {cloud.Source}: auth_url '{authUrl}' is not an http(s) URL: set it to Keystone's URL, e.g. https://keystone.example.com:5000/v3");
        }
        if (url.AbsolutePath.TrimEnd('/').EndsWith("/v2.0", StringComparison.Ordinal))
        {
            throw new UsageException($"cloud '{cloud.Name}' in {cloud.Source}: auth_url '{authUrl}' is Identity v2.0, which the suite does not speak: use Keystone's v3 URL");
        }
        var defaultDomainId = cloud.AuthValue("default_domain_id", "domain_id");
        var defaultDomainName = cloud.AuthValue("default_domain_name", "domain_name");
        var auth = new KeystoneAuth
        {
            AuthUrl = KeystoneAuth.V3Root(url),
            Method = method,
            Username = cloud.AuthValue("username", "user_name"),
            UserId = cloud.AuthValue("user_id"),
            UserDomainId = cloud.AuthValue("user_domain_id") ?? defaultDomainId,
            UserDomainName = cloud.AuthValue("user_domain_name") ?? (cloud.AuthValue("user_domain_id") is null ? defaultDomainName : null),
            Password = cloud.AuthValue("password"),
            ProjectName = cloud.AuthValue("project_name", "tenant_name"),
            ProjectId = cloud.AuthValue("project_id", "tenant_id"),
            ProjectDomainId = cloud.AuthValue("project_domain_id") ?? defaultDomainId,
            ProjectDomainName = cloud.AuthValue("project_domain_name") ?? (cloud.AuthValue("project_domain_id") is null ? defaultDomainName : null),
            ApplicationCredentialId = cloud.AuthValue("application_credential_id"),
            ApplicationCredentialName = cloud.AuthValue("application_credential_name"),
            ApplicationCredentialSecret = cloud.AuthValue("application_credential_secret"),
            Token = cloud.AuthValue("token"),
        };
        Validate(cloud, auth);
        return auth;
    }

    private static KeystoneAuthMethod Method(CloudConfig cloud) => cloud.AuthType?.ToLowerInvariant() switch
    {
        null => cloud.AuthValue("application_credential_secret") is not null ? KeystoneAuthMethod.ApplicationCredential
            : cloud.AuthValue("token") is not null && cloud.AuthValue("password") is null ? KeystoneAuthMethod.Token
            : KeystoneAuthMethod.Password,
        "password" or "v3password" => KeystoneAuthMethod.Password,
        "v3applicationcredential" or "application_credential" or "applicationcredential" => KeystoneAuthMethod.ApplicationCredential,
        "token" or "v3token" => KeystoneAuthMethod.Token,
        _ => throw new UsageException($"cloud '{cloud.Name}' in {cloud.Source}: auth_type '{cloud.AuthType}' is not supported: use password, v3applicationcredential or token"),
    };

    private static void Validate(CloudConfig cloud, KeystoneAuth auth)
    {
        switch (auth.Method)
        {
            case KeystoneAuthMethod.Password:
                if (auth.Username is null && auth.UserId is null)
                {
                    throw Missing(cloud, "auth.username (or auth.user_id)", "the user to authenticate as");
                }
                if (auth.Password is null)
                {
                    throw Missing(cloud, "auth.password", "in clouds.yaml or secure.yaml");
                }
                break;
            case KeystoneAuthMethod.ApplicationCredential:
                if (auth.ApplicationCredentialSecret is null)
                {
                    throw Missing(cloud, "auth.application_credential_secret", "the secret shown when the credential was created");
                }
                if (auth.ApplicationCredentialId is null && (auth.ApplicationCredentialName is null || (auth.Username is null && auth.UserId is null)))
                {
                    throw Missing(cloud, "auth.application_credential_id (or _name with username)", "which application credential to use");
                }
                return;
            case KeystoneAuthMethod.Token:
                if (auth.Token is null)
                {
                    throw Missing(cloud, "auth.token", "a token from 'openstack token issue'");
                }
                break;
        }
        if (auth.Project is null)
        {
            throw Missing(cloud, "auth.project_name (or auth.project_id)", "the suite needs a project-scoped token");
        }
    }

    private static UsageException Missing(CloudConfig cloud, string key, string hint) =>
        new($"cloud '{cloud.Name}' in {cloud.Source} has no {key}: add it ({hint})");
}
