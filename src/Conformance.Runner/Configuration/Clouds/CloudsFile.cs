namespace Conformance.Runner.Configuration.Clouds;

/// <summary>The clouds found: the clouds.yaml and secure.yaml used (null when none) and every cloud by name.</summary>
public sealed record CloudsFile(string? CloudsPath, string? SecurePath, IReadOnlyDictionary<string, CloudConfig> Clouds, IReadOnlyList<string> Searched)
{
    public CloudConfig Get(string name)
    {
        if (Clouds.TryGetValue(name, out var cloud))
        {
            return cloud;
        }
        if (CloudsPath is null)
        {
            throw new UsageException($"cloud '{name}' requested but no clouds.yaml found (looked for {string.Join(", ", Searched)}): create one there or set OS_CLIENT_CONFIG_FILE");
        }
        var known = Clouds.Keys.Order(StringComparer.Ordinal).ToList();
        throw new UsageException($"cloud '{name}' is not in {CloudsPath}: known clouds are {(known.Count == 0 ? "none" : string.Join(", ", known))}; pass one of them to --os-cloud");
    }
}
