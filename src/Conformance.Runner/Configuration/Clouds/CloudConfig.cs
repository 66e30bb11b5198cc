namespace Conformance.Runner.Configuration.Clouds;

/// <summary>
/// One cloud as openstacksdk reads it from clouds.yaml (with secure.yaml merged) or from the OS_* variables:
/// the <c>auth</c> block as strings and the keys the suite uses.
/// </summary>
public sealed record CloudConfig
{
    public required string Name { get; init; }
    /// <summary>Where it came from, for messages: a file path or "the OS_* environment variables".</summary>
    public required string Source { get; init; }
    public IReadOnlyDictionary<string, string> Auth { get; init; } = new Dictionary<string, string>();
    public string? AuthType { get; init; }
    public string? RegionName { get; init; }
    public string? Interface { get; init; }
    public string? CaCert { get; init; }
    public string? Cert { get; init; }
    public string? Key { get; init; }
    /// <summary>clouds.yaml <c>verify</c>; false disables certificate checks.</summary>
    public bool Verify { get; init; } = true;
    /// <summary>clouds.yaml <c>image_endpoint_override</c>: the Images API URL instead of the catalog's.</summary>
    public string? ImageEndpointOverride { get; init; }

    public string? AuthValue(params string[] keys) =>
        keys.Select(k => Auth.TryGetValue(k, out var v) && !string.IsNullOrEmpty(v) ? v : null).FirstOrDefault(v => v is not null);
}
