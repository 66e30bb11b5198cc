namespace Conformance.Runner.Certification;

/// <summary>
/// A program (a platform such as "OpenStack Powered Compute", or an add-on): the components it is made of
/// and, for an add-on, the platform components it requires besides.
/// </summary>
public sealed record GuidelineProgram(string Name, string Description, IReadOnlyList<string> Components, IReadOnlyList<string> RequiredPlatformComponents);
