namespace Conformance.Runner.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of the rest of the API: image actions, hidden images, versions, schemas, tasks, metadefs.</summary>
    private static IEnumerable<IMutant> CoverageMutants() => [];
}
