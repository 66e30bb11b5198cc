using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of range downloads, refused data and import requests, imports into stores, and the cache API.</summary>
    private static IEnumerable<IMutant> TransferMutants() =>
    [
        new StatusCodeMutant("download-206-to-200",
            "GET /v2/images/{image_id}/file: a partial answer says 200 instead of 206 Partial Content",
            new ApiOperation("GET", Routes.ImageFile), 206, 200),
        new RequestHeaderMutant("download-suffix-range-from-start",
            "GET /v2/images/{image_id}/file: a suffix Range bytes=-n is forwarded as bytes=0-(n-1), so the first n bytes come back instead of the last",
            new ApiOperation("GET", Routes.ImageFile), SuffixRangeFromStart),
        new RequestHeaderMutant("download-open-range-one-byte",
            "GET /v2/images/{image_id}/file: an open Range bytes=a- is forwarded as bytes=a-a, so one byte comes back instead of the rest",
            new ApiOperation("GET", Routes.ImageFile), OpenRangeOneByte),
        new RequestHeaderMutant("download-multi-range-first-only",
            "GET /v2/images/{image_id}/file: a Range of several ranges is forwarded with the first one only, so it is served instead of refused",
            new ApiOperation("GET", Routes.ImageFile), FirstRangeOnly),
        new StatusCodeMutant("download-missing-404-to-204",
            "GET /v2/images/{image_id}/file: the download of a missing image answers 204 (as if it had no data) instead of 404",
            new ApiOperation("GET", Routes.ImageFile), 404, 204),
        new StatusCodeMutant("upload-missing-404-to-204",
            "PUT /v2/images/{image_id}/file: an upload to a missing image answers 204 instead of 404",
            new ApiOperation("PUT", Routes.ImageFile), 404, 204),

        new StatusCodeMutant("stage-active-409-to-204",
            "PUT /v2/images/{image_id}/stage: staging to an image that is not queued answers 204 instead of 409",
            new ApiOperation("PUT", Routes.ImageStage), 409, 204),
        new StatusCodeMutant("import-400-to-202",
            "POST /v2/images/{image_id}/import: a bad import request (unknown method, unusable URI) answers 202 instead of 400",
            new ApiOperation("POST", Routes.ImageImport), 400, 202),
        new StatusCodeMutant("import-409-to-202",
            "POST /v2/images/{image_id}/import: an import the image is in no state for answers 202 instead of 409",
            new ApiOperation("POST", Routes.ImageImport), 409, 202),
        new StatusCodeMutant("import-missing-404-to-202",
            "POST /v2/images/{image_id}/import: an import of a missing image answers 202 instead of 404",
            new ApiOperation("POST", Routes.ImageImport), 404, 202),
        new UnforwardedAnswerMutant("import-not-applied",
            "POST /v2/images/{image_id}/import: answers 202 without forwarding, so no import ever runs",
            new ApiOperation("POST", Routes.ImageImport), 202),
        new RequestJsonMutant("import-ignores-all-stores",
            "POST /v2/images/{image_id}/import: 'all_stores' is removed before forwarding, so the data goes to the default store only",
            new ApiOperation("POST", Routes.ImageImport), node => WithoutImportField(node, "all_stores")),
        new RequestJsonMutant("import-ignores-stores",
            "POST /v2/images/{image_id}/import: 'stores' is removed before forwarding, so the stores named are ignored",
            new ApiOperation("POST", Routes.ImageImport), node => WithoutImportField(node, "stores")),
        new RequestJsonMutant("web-download-uri-elsewhere",
            "POST /v2/images/{image_id}/import: the web-download 'uri' is forwarded with '.elsewhere' appended, so another address is fetched",
            new ApiOperation("POST", Routes.ImageImport), WebDownloadUriElsewhere),

        new JsonBodyMutant("cache-list-drops-queued-images",
            "GET /v2/cache: the 200 cache status has no 'queued_images' list",
            new ApiOperation("GET", Routes.Cache), 200, JsonEdit.Remove("queued_images")),
        new JsonBodyMutant("cache-list-nothing-cached",
            "GET /v2/cache: the 200 cache status has an empty 'cached_images' list, whatever is cached",
            new ApiOperation("GET", Routes.Cache), 200, JsonEdit.Set("cached_images", new JsonArray())),
        new StatusCodeMutant("cache-list-403-to-200",
            "GET /v2/cache: a refused cache status (403, e.g. to a member) answers 200 instead",
            new ApiOperation("GET", Routes.Cache), 403, 200),
        new UnforwardedAnswerMutant("cache-queue-not-applied",
            "PUT /v2/cache/{image_id}: answers 202 without forwarding, so the image is never queued for caching",
            new ApiOperation("PUT", Routes.CachedImage), 202),
        new StatusCodeMutant("cache-queue-missing-404-to-202",
            "PUT /v2/cache/{image_id}: queueing a missing image answers 202 instead of 404",
            new ApiOperation("PUT", Routes.CachedImage), 404, 202),
        new StatusCodeMutant("cache-queue-not-active-400-to-202",
            "PUT /v2/cache/{image_id}: queueing an image without data answers 202 instead of 400",
            new ApiOperation("PUT", Routes.CachedImage), 400, 202),
        new UnforwardedAnswerMutant("cache-delete-not-applied",
            "DELETE /v2/cache/{image_id}: answers 204 without forwarding, so the image stays cached",
            new ApiOperation("DELETE", Routes.CachedImage), 204),
        new StatusCodeMutant("cache-delete-403-to-204",
            "DELETE /v2/cache/{image_id}: a refused removal (403, e.g. by a member) answers 204 instead",
            new ApiOperation("DELETE", Routes.CachedImage), 403, 204),
        new StatusCodeMutant("cache-clear-403-to-204",
            "DELETE /v2/cache: a refused clearing of the whole cache (403, e.g. by a member) answers 204 instead",
            new ApiOperation("DELETE", Routes.Cache), 403, 204),
    ];

    // bytes=-n becomes bytes=0-(n-1): as many bytes, from the wrong end.
    private static bool SuffixRangeFromStart(HeaderList headers) =>
        RewriteRangeSpec(headers, spec => spec.StartsWith('-') && long.TryParse(spec[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? $"0-{n - 1}"
            : null);

    // bytes=a- becomes bytes=a-a.
    private static bool OpenRangeOneByte(HeaderList headers) =>
        RewriteRangeSpec(headers, spec => spec.EndsWith('-') && spec.Length > 1 && !spec.Contains(',', StringComparison.Ordinal)
            ? spec + spec[..^1]
            : null);

    // bytes=a-b,c-d becomes bytes=a-b.
    private static bool FirstRangeOnly(HeaderList headers) =>
        RewriteRangeSpec(headers, spec => spec.Contains(',', StringComparison.Ordinal) ? spec[..spec.IndexOf(',', StringComparison.Ordinal)].Trim() : null);

    // Applies a rewrite to the part after "bytes=" of the Range header; a null rewrite leaves it alone.
    private static bool RewriteRangeSpec(HeaderList headers, Func<string, string?> rewrite)
    {
        const string Unit = "bytes=";
        if (headers.Get("Range") is not { } range || !range.StartsWith(Unit, StringComparison.OrdinalIgnoreCase)
            || rewrite(range[Unit.Length..].Trim()) is not { } spec)
        {
            return false;
        }
        headers.Set("Range", Unit + spec);
        return true;
    }

    private static bool WithoutImportField(JsonNode body, string field) => body is JsonObject request && request.Remove(field);

    private static bool WebDownloadUriElsewhere(JsonNode body)
    {
        if (body["method"] is not JsonObject method || method["uri"] is not JsonValue uri || !uri.TryGetValue<string>(out var text))
        {
            return false;
        }
        method["uri"] = text + ".elsewhere";
        return true;
    }
}
