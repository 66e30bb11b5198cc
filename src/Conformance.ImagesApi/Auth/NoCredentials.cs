namespace Conformance.ImagesApi.Auth;

/// <summary>An anonymous caller, for checks that unauthenticated requests are refused.</summary>
public sealed class NoCredentials : ICredentials
{
    public static NoCredentials Instance { get; } = new();

    public string Describe() => "no credentials";

    public ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public IReadOnlyCollection<string> Secrets => [];
}
