namespace Conformance.Runner.Matrix;

/// <summary>
/// A matrix member as <c>scripts/matrix run</c> records it beside the run (<c>deployment.json</c>): which
/// deployment, the Glance it ran, its settings, and how long it took to bring up and to run.
/// </summary>
public sealed record MatrixDeployment
{
    public const string FileName = "deployment.json";

    public required string Name { get; init; }
    public string Description { get; init; } = string.Empty;
    public string GlanceVersion { get; init; } = string.Empty;
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    public int SetupSeconds { get; init; }
    /// <summary>The wall time of <c>./conformance run</c>, incremental build and reports included.</summary>
    public int RunSeconds { get; init; }
}
