using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of the locations API (API 2.17): the refusals that keep users from pointing images at arbitrary data.</summary>
    private static IEnumerable<IMutant> LocationMutants() =>
    [
        StatusRewrite("add-location-active-409-to-202", Operations.ImageLocationAdd, "adding a location to an image that is not queued answers 202 instead of 409"),
        StatusRewrite("add-location-forbidden-403-to-202", Operations.ImageLocationAdd, "a location the caller may not add answers 202 instead of 403"),
        StatusRewrite("add-location-missing-404-to-409", Operations.ImageLocationAdd, "adding a location to a missing image answers 409, as for an existing one, instead of 404"),
        StatusRewrite("list-locations-403-to-200", Operations.ImageLocationList, "listing an image's locations without the service role answers 200 instead of 403"),
        StatusRewrite("list-locations-missing-404-to-403", Operations.ImageLocationList, "listing the locations of a missing image answers 403 instead of 404"),
    ];
}
