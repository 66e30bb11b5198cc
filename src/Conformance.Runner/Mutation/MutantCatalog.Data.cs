namespace Conformance.Runner.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of image data, its headers and the import API.</summary>
    private static IEnumerable<IMutant> DataMutants() => [];
}
