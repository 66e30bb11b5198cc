namespace Conformance.Runner.Configuration;

/// <summary>
/// What the reports say about the cloud beyond discovery (its RefStack cpid, the auth URL, the web-download source)
/// and the warnings the operator must see: runner facts, never read by the client library or the tests.
/// </summary>
public sealed record CloudReport(IReadOnlyDictionary<string, string> Facts, IReadOnlyList<string> Warnings)
{
    /// <summary>No facts and no warnings: the passes of a self-test, which write no report of their own.</summary>
    public static CloudReport None { get; } = new(new Dictionary<string, string>(), []);

    public CloudReport WithFact(string key, string value) =>
        this with { Facts = new Dictionary<string, string>(Facts) { [key] = value } };

    /// <summary>The entries of a report's environment: every fact, and the warnings in one line when there are any.</summary>
    public IEnumerable<KeyValuePair<string, string>> AsEnvironment() => Warnings.Count == 0 ? Facts
        : Facts.Append(new("WARNING", string.Join(" | ", Warnings)));
}
