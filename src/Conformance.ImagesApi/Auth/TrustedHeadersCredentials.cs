namespace Conformance.ImagesApi.Auth;

/// <summary>
/// The identity a Glance behind a "trusted headers" pipeline accepts from the client itself,
/// as keystonemiddleware would have set it. Only for the local reference Glance.
/// </summary>
public sealed record TrustedHeadersCredentials(string ProjectId, string UserId, IReadOnlyList<string> Roles) : ICredentials
{
    public string Describe() => $"trusted headers: project {ProjectId}, user {UserId}, roles {string.Join(',', Roles)}";

    public ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["X-Identity-Status"] = "Confirmed",
            ["X-Project-Id"] = ProjectId,
            ["X-User-Id"] = UserId,
            ["X-Roles"] = string.Join(',', Roles),
        });

    public IReadOnlyCollection<string> Secrets => [];
}
