namespace Conformance.Runner.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of behaviour a schema cannot see: paging, sorting, visibility, sharing, authentication.</summary>
    private static IEnumerable<IMutant> SemanticMutants() => [];
}
