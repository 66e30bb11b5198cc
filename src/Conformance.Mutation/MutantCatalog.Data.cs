using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    // The SHA-512 of no data: wrong for any non-empty image, and of the form Glance writes (128 hex digits).
    private const string EmptySha512Hex =
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";


    /// <summary>Mutants of image data, its headers and the import API.</summary>
    private static IEnumerable<IMutant> DataMutants() =>
    [
        StatusRewrite("upload-active-409-to-200", Operations.ImageFileUpload, "an upload to an image that has data answers 200 instead of 409"),
        StatusRewrite("upload-wrong-type-415-to-200", Operations.ImageFileUpload, "an upload that is not application/octet-stream answers 200 instead of 415"),
        StatusRewrite("upload-over-cap-413-to-204", Operations.ImageFileUpload, "an upload over the image size cap answers 204 instead of 413"),

        new RequestHeaderDropMutant("download-ignores-range",
            "the Range request header is removed before forwarding (the whole image comes back)",
            Operations.ImageFileDownload, "Range"),
        new ResponseHeaderMutant("download-wrong-content-range",
            "the 206 Content-Range header names the whole image instead of the part sent",
            Operations.ImageFileDownload, 206, "Content-Range", WholeImageRange),
        StatusRewrite("download-range-past-end-416-to-206", Operations.ImageFileDownload, "a Range starting past the end answers 206 instead of 416"),
        StatusRewrite("download-no-data-204-to-200", Operations.ImageFileDownload, "the download of an image without data answers 200 instead of 204"),

        ResponseHeaderMutant.Drop("create-drops-import-methods-header",
            "the 201 answer has no OpenStack-image-import-methods header", Operations.ImageCreate, 201,
            "OpenStack-image-import-methods"),
        ResponseHeaderMutant.Drop("create-drops-store-ids-header",
            "the 201 answer has no OpenStack-image-store-ids header", Operations.ImageCreate, 201,
            "OpenStack-image-store-ids"),

        StatusRewrite("stage-204-to-200", Operations.ImageStage, "answers 200 instead of 204"),
        StatusRewrite("import-202-to-200", Operations.ImageImport, "answers 200 instead of 202"),
        new JsonBodyMutant("info-import-drops-methods",
            "the 200 document has no 'import-methods' 'value' list", Operations.InfoImportShow, 200,
            JsonEdit.Remove("import-methods/value")),
        new JsonBodyMutant("info-stores-no-default",
            "no store in the 200 list carries 'default'", Operations.InfoStoresList, 200,
            JsonEdit.Remove("stores/*/default")),

        new JsonBodyMutant("show-image-wrong-os-hash-value",
            "the 200 image has 'os_hash_value' of the SHA-512 of no data",
            Operations.ImageShow, 200, JsonEdit.Set("os_hash_value", EmptySha512Hex)),
        new JsonBodyMutant("show-image-os-hash-algo-mislabelled",
            "the 200 image names another algorithm in 'os_hash_algo' (sha256, or sha512 where it was sha256) than the one its 'os_hash_value' was computed in",
            Operations.ImageShow, 200, JsonEdit.Rewrite("os_hash_algo", OtherHashAlgorithm)),
        ResponseHeaderMutant.Replace("show-image-content-type-html",
            "the 200 image is labelled Content-Type text/html instead of JSON",
            Operations.ImageShow, 200, "Content-Type", "text/html; charset=UTF-8"),
        new JsonFieldAddMutant("show-image-extra-non-string-property",
            "the 200 image has an extra property 'x_extra' whose value is the number 1, not a string",
            Operations.ImageShow, 200, "x_extra", JsonValue.Create(1)),
    ];

    // A hash algorithm .NET computes that differs from the one named: the value no longer matches its label.
    private static JsonNode? OtherHashAlgorithm(JsonNode document, JsonNode? named) =>
        JsonValue.Create(named?.ToString() == "sha256" ? "sha512" : "sha256");

    // "bytes a-b/size" becomes "bytes 0-(size-1)/size": the range of the whole image, whichever part was sent.
    private static string WholeImageRange(string contentRange)
    {
        var slash = contentRange.LastIndexOf('/');
        return slash >= 0 && long.TryParse(contentRange[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? $"bytes 0-{size - 1}/{size}"
            : contentRange;
    }
}
