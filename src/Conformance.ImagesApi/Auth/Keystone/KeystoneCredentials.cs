namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>
/// A persona authenticated by Keystone: sends the current token as X-Auth-Token and re-issues it before it
/// expires, so that long runs keep working. The password, secret or given token and every issued token are secrets.
/// </summary>
public sealed class KeystoneCredentials : ICredentials, IDisposable
{
    private readonly KeystoneClient _client;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private readonly List<string> _issued = [];
    private KeystoneToken _token;

    private KeystoneCredentials(KeystoneClient client, KeystoneAuth auth, KeystoneToken token, TimeProvider time)
    {
        _client = client;
        _time = time;
        Auth = auth;
        _token = token;
        _issued.Add(token.Value);
    }

    public KeystoneAuth Auth { get; }

    /// <summary>The token in use; its catalog names the endpoints.</summary>
    public KeystoneToken Token => Volatile.Read(ref _token);

    /// <summary>Issues the first token now, so that bad credentials fail before any test runs.</summary>
    public static async Task<KeystoneCredentials> AuthenticateAsync(KeystoneClient client, KeystoneAuth auth, TimeProvider time,
        CancellationToken cancellationToken) =>
        new(client, auth, await client.IssueTokenAsync(auth, cancellationToken), time);

    /// <summary>The project the token is scoped to: image members are project ids in Keystone mode.</summary>
    public string? ProjectId => Token.ProjectId;

    public string Describe() =>
        $"keystone {Auth.Method.ToString().ToLowerInvariant()}: {Auth.Who}, project '{Token.ProjectName ?? Token.ProjectId}' at {Auth.AuthUrl}";

    public async ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken)
    {
        var token = Token;
        if (_time.GetUtcNow() >= token.RenewAt)
        {
            token = await RenewAsync(token, cancellationToken);
        }
        return new Dictionary<string, string> { ["X-Auth-Token"] = token.Value };
    }

    public IReadOnlyCollection<string> Secrets
    {
        get
        {
            lock (_issued)
            {
                return [.. Auth.Secrets, .. _issued];
            }
        }
    }

    private async Task<KeystoneToken> RenewAsync(KeystoneToken seen, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(Token, seen))
            {
                return Token;   // another request renewed it meanwhile
            }
            var fresh = await _client.IssueTokenAsync(Auth, cancellationToken);
            lock (_issued)
            {
                _issued.Add(fresh.Value);
            }
            Volatile.Write(ref _token, fresh);
            return fresh;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();
}
