using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Tests.Standards.Scs;

/// <summary>
/// The image set of the official SCS test: <c>GET /v2/images?member_status=all</c>, every page, then only public and
/// community images (Glance leaves hidden ones out of a default listing). Bounded, so that a huge or endless list
/// ends with a clear message instead of hanging the run.
/// </summary>
public static class ScsImageSet
{
    public const int PageSize = 1000;
    public const int MaxPages = 100;

    /// <exception cref="ScsAbortException">The list could not be read whole: its status, a page that is no list, or too many pages.</exception>
    public static async Task<IReadOnlyList<ScsImage>> ListAsync(ImagesClient images, CancellationToken cancellationToken)
    {
        var all = new List<JsonObject>();
        var response = await images.ListImagesAsync([new("member_status", "all"), new("limit", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellationToken);
        for (var page = 1; ; page++)
        {
            if (response.Status != 200 || response.Json is not JsonObject { } body || body["images"] is not JsonArray list)
            {
                throw new ScsAbortException($"the member cannot list images (HTTP {response.Status}{(response.Status is 401 or 403 ? ": the SCS checks need a user with role member" : string.Empty)}): nothing can be judged");
            }
            all.AddRange(list.OfType<JsonObject>());
            if (body["next"]?.GetValue<string>() is not { } next)
            {
                break;
            }
            if (page >= MaxPages)
            {
                throw new ScsAbortException($"image set too large to judge: {all.Count} images in {page} pages of {PageSize} and the list goes on; the SCS checks read at most {MaxPages * PageSize} images");
            }
            response = await images.ListImagesPageAsync(next, cancellationToken);
        }
        return all.Select(i => new ScsImage(i)).Where(i => i.Visibility is "public" or "community").ToList();
    }
}
