using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>What the rule tests of the catalogue's mutants share: a mutant by name.</summary>
internal static class CatalogMutants
{
    public static IMutant Named(string name) => MutantCatalog.Find(name) ?? throw new InvalidOperationException(name);
}
