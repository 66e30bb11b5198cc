namespace Conformance.Runner.Tests.Mutation;

/// <summary>Names the catalogue mutant a test proves, so a guard test can tell that every mutant has one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class CoversMutantAttribute(string name) : PropertyAttribute("Mutant", name)
{
    public string Name { get; } = name;
}
