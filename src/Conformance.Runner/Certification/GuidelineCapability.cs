namespace Conformance.Runner.Certification;

/// <summary>A capability of a guideline: the service (<c>project</c>) it belongs to and the tests that prove it.</summary>
public sealed record GuidelineCapability(string Name, string Project, string Description, bool Admin, IReadOnlyList<GuidelineTest> Tests);
