namespace Conformance.ImagesApi.Session;

/// <summary>What the cloud said about itself once per run, before any test: the facts reports show.</summary>
public sealed record DiscoveredFeatures(
    IReadOnlyList<string> ApiVersions,
    string? CurrentVersion,
    IReadOnlyList<string> ImportMethods,
    IReadOnlyList<string> Stores)
{
    public IReadOnlyDictionary<string, string> AsEnvironment() => new Dictionary<string, string>
    {
        ["api.versions"] = string.Join(", ", ApiVersions),
        ["api.current"] = CurrentVersion ?? "unknown",
        ["import.methods"] = ImportMethods.Count == 0 ? "none discovered" : string.Join(", ", ImportMethods),
        ["stores"] = Stores.Count == 0 ? "none discovered" : string.Join(", ", Stores),
    };
}
