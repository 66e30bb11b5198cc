namespace Conformance.Runner.Certification;

/// <summary>An interop guideline (schema 2.0) as read from its file: programs, components and capabilities.</summary>
public sealed record Guideline
{
    public required string Id { get; init; }
    public required string Path { get; init; }
    public string? Source { get; init; }
    public required IReadOnlyDictionary<string, GuidelineProgram> Platforms { get; init; }
    public required IReadOnlyDictionary<string, GuidelineProgram> AddOns { get; init; }
    public required IReadOnlyDictionary<string, GuidelineComponent> Components { get; init; }
    public required IReadOnlyDictionary<string, GuidelineCapability> Capabilities { get; init; }
}
