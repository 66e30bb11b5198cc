using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    /// <summary>Mutants of range downloads, refused data and import requests, imports into stores, and the cache API.</summary>
    private static IEnumerable<IMutant> TransferMutants() =>
    [
        StatusRewrite("download-206-to-200", Operations.ImageFileDownload, "a partial answer says 200 instead of 206 Partial Content"),
        new RequestHeaderMutant("download-suffix-range-from-start",
            "a suffix Range bytes=-n is forwarded as bytes=0-(n-1), so the first n bytes come back instead of the last",
            Operations.ImageFileDownload, SuffixRangeFromStart),
        new RequestHeaderMutant("download-open-range-one-byte",
            "an open Range bytes=a- is forwarded as bytes=a-a, so one byte comes back instead of the rest",
            Operations.ImageFileDownload, OpenRangeOneByte),
        new RequestHeaderMutant("download-multi-range-first-only",
            "a Range of several ranges is forwarded with the first one only, so it is served instead of refused",
            Operations.ImageFileDownload, FirstRangeOnly),
        StatusRewrite("download-missing-404-to-204", Operations.ImageFileDownload, "the download of a missing image answers 204 (as if it had no data) instead of 404"),
        StatusRewrite("upload-missing-404-to-204", Operations.ImageFileUpload, "an upload to a missing image answers 204 instead of 404"),

        StatusRewrite("stage-active-409-to-204", Operations.ImageStage, "staging to an image that is not queued answers 204 instead of 409"),
        StatusRewrite("import-400-to-202", Operations.ImageImport, "a bad import request (unknown method, unusable URI) answers 202 instead of 400"),
        StatusRewrite("import-409-to-202", Operations.ImageImport, "an import the image is in no state for answers 202 instead of 409"),
        StatusRewrite("import-missing-404-to-202", Operations.ImageImport, "an import of a missing image answers 202 instead of 404"),
        NotForwarded("import-not-applied", Operations.ImageImport, 202, "so no import ever runs"),
        new RequestJsonMutant("import-ignores-all-stores",
            "'all_stores' is removed before forwarding, so the data goes to the default store only",
            Operations.ImageImport, node => WithoutImportField(node, "all_stores")),
        new RequestJsonMutant("import-ignores-stores",
            "'stores' is removed before forwarding, so the stores named are ignored",
            Operations.ImageImport, node => WithoutImportField(node, "stores")),
        new RequestJsonMutant("web-download-uri-elsewhere",
            "the web-download 'uri' is forwarded with '.elsewhere' appended, so another address is fetched",
            Operations.ImageImport, WebDownloadUriElsewhere),

        new JsonBodyMutant("cache-list-drops-queued-images",
            "the 200 cache status has no 'queued_images' list",
            Operations.CacheList, 200, JsonEdit.Remove("queued_images")),
        new JsonBodyMutant("cache-list-nothing-cached",
            "the 200 cache status has an empty 'cached_images' list, whatever is cached",
            Operations.CacheList, 200, JsonEdit.Set("cached_images", new JsonArray())),
        StatusRewrite("cache-list-403-to-200", Operations.CacheList, "a refused cache status (403, e.g. to a member) answers 200 instead"),
        NotForwarded("cache-queue-not-applied", Operations.CachedImageQueue, 202, "so the image is never queued for caching"),
        StatusRewrite("cache-queue-missing-404-to-202", Operations.CachedImageQueue, "queueing a missing image answers 202 instead of 404"),
        StatusRewrite("cache-queue-not-active-400-to-202", Operations.CachedImageQueue, "queueing an image without data answers 202 instead of 400"),
        NotForwarded("cache-delete-not-applied", Operations.CachedImageDelete, 204, "so the image stays cached"),
        StatusRewrite("cache-delete-403-to-204", Operations.CachedImageDelete, "a refused removal (403, e.g. by a member) answers 204 instead"),
        StatusRewrite("cache-clear-403-to-204", Operations.CacheClear, "a refused clearing of the whole cache (403, e.g. by a member) answers 204 instead"),
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
