namespace Conformance.ImagesApi.Auth;

/// <summary>A token obtained elsewhere (e.g. <c>openstack token issue</c>), sent as X-Auth-Token.</summary>
public sealed class StaticTokenCredentials(string token) : ICredentials
{
    public string Describe() => "static token";

    public ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(
            new Dictionary<string, string> { ["X-Auth-Token"] = token });

    public IReadOnlyCollection<string> Secrets => [token];
}
