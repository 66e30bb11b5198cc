namespace Conformance.ImagesApi.Recording;

/// <summary>Removes credentials from what is recorded: known secret headers and every known secret value.</summary>
public sealed class Redactor
{
    public const string Placeholder = "***";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Auth-Token", "X-Subject-Token", "X-Service-Token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    };

    private readonly IEnumerable<string> _source;

    /// <param name="secrets">Read again on every use: credentials that re-issue tokens add secrets during a run.</param>
    public Redactor(IEnumerable<string> secrets) => _source = secrets;

    // Longest first, so that a secret containing another is removed whole.
    private string[] Secrets() => _source.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public string Header(string name, string value) => IsSecretHeader(name) ? Placeholder : Text(value);

    public string Text(string value)
    {
        foreach (var secret in Secrets())
        {
            value = value.Replace(secret, Placeholder, StringComparison.Ordinal);
        }
        return value;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key, Header(h.Key, h.Value))).ToList();
}
