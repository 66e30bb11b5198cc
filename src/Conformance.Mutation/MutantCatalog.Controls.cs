using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    // A project id no test project has: an image "owned" by it is owned by nobody the run knows.
    private const string ForeignProjectId = "00000000000040008000000000000000";

    /// <summary>
    /// Mutants that a test asserting only absence, or an order the server gives anyway, cannot see: each is
    /// killed only by a test that also shows, in the same answer, what must be there.
    /// </summary>
    private static IEnumerable<IMutant> ControlMutants() =>
    [
        new QueryParameterDropMutant("list-ignores-sort",
            "the 'sort' query parameter is removed before forwarding, so the list comes in the default order",
            Operations.ImageList, "sort"),
        new JsonBodyMutant("list-images-empty",
            "the 200 list has an empty 'images' array, whatever matched",
            Operations.ImageList, 200, JsonEdit.Set("images", new JsonArray())),
        new JsonBodyMutant("list-drops-shared-images",
            "the 200 list leaves out every image whose visibility is shared",
            Operations.ImageList, 200, JsonEdit.Rewrite("images", (_, images) => WithoutVisibility(images, "shared"))),
        new JsonBodyMutant("show-image-owner-foreign",
            $"the 200 image names project {ForeignProjectId} as its owner",
            Operations.ImageShow, 200, JsonEdit.Set("owner", ForeignProjectId)),
        new JsonBodyMutant("list-image-owner-foreign",
            $"every image in the 200 list names project {ForeignProjectId} as its owner",
            Operations.ImageList, 200, JsonEdit.Set("images/*/owner", ForeignProjectId)),
    ];
}
