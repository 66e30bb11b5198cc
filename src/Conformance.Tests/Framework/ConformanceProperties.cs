namespace Conformance.Tests.Framework;

/// <summary>Keys of the NUnit properties that carry a conformance test's metadata, read by the runner.</summary>
public static class ConformanceProperties
{
    public const string Capability = "Capability";
    public const string IdempotentId = "IdempotentId";
    public const string Requirement = "Requirement";
    public const string MinApiVersion = "MinApiVersion";
    public const string Persona = "Persona";
    public const string Operation = "Operation";
    /// <summary>Set on a test when it skips: a <see cref="Framework.SkipKind"/> name.</summary>
    public const string SkipKind = "SkipKind";
    /// <summary>Set by a test with structured findings (<see cref="TestFindings"/>): their JSON.</summary>
    public const string Findings = "Findings";
}
