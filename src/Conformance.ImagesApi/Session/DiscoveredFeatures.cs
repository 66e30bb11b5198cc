namespace Conformance.ImagesApi.Session;

/// <summary>
/// What the cloud said about itself once per run, before any test: what tests gate on instead of assuming the
/// reference's settings, and the facts the reports show.
/// </summary>
public sealed record DiscoveredFeatures
{
    public IReadOnlyList<string> ApiVersions { get; init; } = [];
    public string? CurrentVersion { get; init; }
    public IReadOnlyList<string> ImportMethods { get; init; } = [];
    public IReadOnlyList<StoreInfo> StoreInfos { get; init; } = [];

    /// <summary>The <c>disk_format</c> and <c>container_format</c> values the cloud's image schema allows; empty when it names none.</summary>
    public IReadOnlyList<string> DiskFormats { get; init; } = [];
    public IReadOnlyList<string> ContainerFormats { get; init; } = [];

    /// <summary>Whether the cache API answers (API 2.14 listed and <c>GET /v2/cache</c> not 404 to an administrator); null when not known.</summary>
    public bool? CacheOffered { get; init; }

    /// <summary>How the cloud's published schemas differ from the pinned ones: the operator's choices, information only.</summary>
    public IReadOnlyList<string> SchemaDifferences { get; init; } = [];

    public ApiVersion? Current => ApiVersion.TryParse(CurrentVersion);

    /// <summary>Whether a behaviour that arrived in API <paramref name="minimum"/> applies: the CURRENT version is not older, or unknown.</summary>
    public bool Reaches(string minimum) => Current is not { } current || current >= ApiVersion.Parse(minimum);

    /// <summary>Every store id, in the order the cloud lists them.</summary>
    public IReadOnlyList<string> Stores => StoreInfos.Select(s => s.Id).ToList();

    /// <summary>The stores an image can be imported or copied to (not read-only).</summary>
    public IReadOnlyList<string> WritableStores => StoreInfos.Where(s => !s.ReadOnly).Select(s => s.Id).ToList();

    public IReadOnlyDictionary<string, string> AsEnvironment() => new Dictionary<string, string>
    {
        ["api.versions"] = string.Join(", ", ApiVersions),
        ["api.current"] = CurrentVersion ?? "unknown",
        ["import.methods"] = ImportMethods.Count == 0 ? "none discovered" : string.Join(", ", ImportMethods),
        ["stores"] = StoreInfos.Count == 0 ? "none discovered" : string.Join(", ", StoreInfos.Select(Describe)),
        ["formats.disk"] = DiskFormats.Count == 0 ? "not enumerated" : string.Join(", ", DiskFormats),
        ["formats.container"] = ContainerFormats.Count == 0 ? "not enumerated" : string.Join(", ", ContainerFormats),
        ["cache"] = CacheOffered switch { true => "offered", false => "not offered", null => "unknown" },
        ["schemas.differences"] = SchemaDifferences.Count == 0 ? "none" : string.Join(" | ", SchemaDifferences),
    };

    private static string Describe(StoreInfo store) =>
        store.Id + (store.Type is null ? string.Empty : $" ({store.Type})") + (store.IsDefault ? " [default]" : string.Empty)
        + (store.ReadOnly ? " [read-only]" : string.Empty);
}
