namespace Conformance.ImagesApi.Auth;

/// <summary>
/// How a persona proves who it is to the Images API. The seam for Keystone: a provider that
/// fetches and renews tokens implements this without the client changing.
/// </summary>
public interface ICredentials
{
    /// <summary>A short description for reports, never containing a secret.</summary>
    string Describe();

    /// <summary>Headers to add to one request.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken);

    /// <summary>Values that must never appear in any output.</summary>
    IReadOnlyCollection<string> Secrets { get; }

    /// <summary>The project the persona acts in, where the credentials know it (sharing names projects by id); else null.</summary>
    string? ProjectId => null;
}
