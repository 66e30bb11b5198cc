namespace Conformance.ImagesApi.Session;

/// <summary>How the suite marks what it creates: a name prefix and an image property carrying the run id.</summary>
public static class RunTag
{
    public const string NamePrefix = "cts-";
    public const string Property = "conformance_run";

    public static string Name(string runId, string purpose) => $"{NamePrefix}{runId}-{purpose}";
}
