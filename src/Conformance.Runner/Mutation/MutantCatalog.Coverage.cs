using Conformance.ImagesApi.Http;

namespace Conformance.Runner.Mutation;

public static partial class MutantCatalog
{
    private static ApiOperation DeactivateImage => new("POST", Routes.ImageDeactivate);
    private static ApiOperation ReactivateImage => new("POST", Routes.ImageReactivate);

    /// <summary>Mutants of the rest of the API: image actions, hidden images, versions, schemas, tasks, metadefs.</summary>
    private static IEnumerable<IMutant> CoverageMutants() =>
    [
        new UnforwardedAnswerMutant("deactivate-not-applied",
            "POST /v2/images/{image_id}/actions/deactivate: answers 204 without forwarding, so the image stays active",
            DeactivateImage, 204),
        new StatusCodeMutant("download-deactivated-403-to-200",
            "GET /v2/images/{image_id}/file: a refused download (403, e.g. a deactivated image) answers 200 instead",
            DownloadData, 403, 200),
        new UnforwardedAnswerMutant("reactivate-not-applied",
            "POST /v2/images/{image_id}/actions/reactivate: answers 204 without forwarding, so the image stays deactivated",
            ReactivateImage, 204),
        new StatusCodeMutant("reactivate-204-to-200",
            "POST /v2/images/{image_id}/actions/reactivate: answers 200 instead of 204", ReactivateImage, 204, 200),

        IgnoredListParameter("os_hidden"),
        new QueryParameterAddMutant("list-includes-hidden",
            "GET /v2/images: a list without 'os_hidden' is forwarded with os_hidden=true, so it holds hidden images (and only those)",
            ListImages, "os_hidden", "true"),
    ];
}
