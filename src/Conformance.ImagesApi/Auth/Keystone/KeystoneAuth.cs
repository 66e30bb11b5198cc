namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>
/// What Keystone v3 needs to issue a token for one persona: the auth URL, the method and its fields,
/// and the project scope. Names are resolved in their domain; without a domain the default domain is used.
/// </summary>
public sealed record KeystoneAuth
{
    public const string DefaultDomainId = "default";

    /// <summary>Keystone's v3 root, ending in <c>/v3/</c>.</summary>
    public required Uri AuthUrl { get; init; }
    public required KeystoneAuthMethod Method { get; init; }

    public string? Username { get; init; }
    public string? UserId { get; init; }
    public string? UserDomainName { get; init; }
    public string? UserDomainId { get; init; }
    public string? Password { get; init; }

    public string? ProjectName { get; init; }
    public string? ProjectId { get; init; }
    public string? ProjectDomainName { get; init; }
    public string? ProjectDomainId { get; init; }

    public string? ApplicationCredentialId { get; init; }
    public string? ApplicationCredentialName { get; init; }
    public string? ApplicationCredentialSecret { get; init; }

    public string? Token { get; init; }

    /// <summary>Who this is, for messages: never a secret.</summary>
    public string Who => Method switch
    {
        KeystoneAuthMethod.ApplicationCredential => $"application credential '{ApplicationCredentialId ?? ApplicationCredentialName}'",
        KeystoneAuthMethod.Token => "the given token",
        _ => $"user '{Username ?? UserId}'",
    };

    /// <summary>The project, for messages, or null when the scope comes from the credential.</summary>
    public string? Project => ProjectName ?? ProjectId;

    /// <summary>The values that must never appear in any output.</summary>
    public IReadOnlyCollection<string> Secrets =>
        new[] { Password, ApplicationCredentialSecret, Token }.OfType<string>().Where(s => s.Length > 0).ToArray();

    /// <summary>Keystone's v3 root for an auth URL as clouds.yaml gives it: with or without <c>/v3</c>.</summary>
    public static Uri V3Root(Uri authUrl)
    {
        var path = authUrl.AbsolutePath.TrimEnd('/');
        if (!path.EndsWith("/v3", StringComparison.Ordinal))
        {
            path += "/v3";
        }
        return new UriBuilder(authUrl) { Path = path + "/", Query = string.Empty }.Uri;
    }
}
