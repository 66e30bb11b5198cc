using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// The named mutants a mutation run tries, one broken rule each. The first three are the ones every
/// conformance suite must catch: a required field dropped, a status code changed, a filter ignored.
/// </summary>
public static partial class MutantCatalog
{
    // An MD5 that is wrong for any non-empty image: the digest of zero bytes. Glance writes both
    // 'checksum' and the Content-Md5 header as 32 hex digits, so the wrong value keeps that form.
    private const string EmptyMd5Hex = "d41d8cd98f00b204e9800998ecf8427e";
    private const string ForeignImageId = "00000000-0000-4000-8000-000000000000";
    // What a caller is forwarded as when a rule of ownership or policy is not enforced: an administrator
    // (the role mutants apply on the trusted-headers pipeline only).
    private const string AdminRoles = "admin,member,reader";

    // Operations are computed properties, not fields: the partial files' mutant lists are built from them
    // while All is initialised, and field initialisers across partial files run in no guaranteed order.
    private static ApiOperation CreateImage => new("POST", Routes.Images);
    private static ApiOperation ListImages => new("GET", Routes.Images);
    private static ApiOperation ShowImage => new("GET", Routes.Image);
    private static ApiOperation UpdateImage => new("PATCH", Routes.Image);
    private static ApiOperation DeleteImage => new("DELETE", Routes.Image);
    private static ApiOperation UploadData => new("PUT", Routes.ImageFile);
    private static ApiOperation DownloadData => new("GET", Routes.ImageFile);
    private static ApiOperation AddTag => new("PUT", Routes.ImageTag);
    private static ApiOperation ShowImageSchema => new("GET", Routes.ImageSchema);

    public static IReadOnlyList<IMutant> All { get; } =
    [
        new JsonBodyMutant("show-image-drops-status",
            "GET /v2/images/{image_id}: the 200 image has no 'status' field (a required field dropped)",
            ShowImage, 200, JsonEdit.Remove("status")),
        new StatusCodeMutant("delete-image-204-to-200",
            "DELETE /v2/images/{image_id}: answers 200 instead of 204", DeleteImage, 204, 200),
        new QueryParameterDropMutant("list-ignores-status-filter",
            "GET /v2/images: the 'status' query parameter is removed before forwarding (filter ignored)",
            ListImages, "status"),

        new StatusCodeMutant("create-image-201-to-200",
            "POST /v2/images: answers 200 instead of 201", CreateImage, 201, 200),
        new StatusCodeMutant("create-image-400-to-500",
            "POST /v2/images: a rejected request answers 500 instead of 400", CreateImage, 400, 500),
        ResponseHeaderMutant.Drop("create-image-drops-location",
            "POST /v2/images: the 201 answer has no Location header", CreateImage, 201, "Location"),
        new ResponseHeaderMutant("create-image-location-elsewhere",
            $"POST /v2/images: the 201 Location header names image {ForeignImageId} instead of the new one",
            CreateImage, 201, "Location", PointElsewhere),
        new JsonBodyMutant("show-image-id-wrong-type",
            "GET /v2/images/{image_id}: the 200 image has 'id' as a number instead of a string",
            ShowImage, 200, JsonEdit.Set("id", 12345)),
        new JsonBodyMutant("show-image-visibility-outside-enum",
            "GET /v2/images/{image_id}: the 200 image has 'visibility' \"everyone\", outside the schema's enum",
            ShowImage, 200, JsonEdit.Set("visibility", "everyone")),
        new JsonBodyMutant("show-image-wrong-checksum",
            $"GET /v2/images/{{image_id}}: the 200 image has 'checksum' {EmptyMd5Hex} (the MD5 of no data)",
            ShowImage, 200, JsonEdit.Set("checksum", EmptyMd5Hex)),
        new StatusCodeMutant("show-missing-image-404-to-500",
            "GET /v2/images/{image_id}: a missing image answers 500 instead of 404", ShowImage, 404, 500),
        new ForwardAsReadMutant("update-image-not-applied",
            "PATCH /v2/images/{image_id}: forwarded as a GET, so it answers 200 with the unchanged image",
            UpdateImage),
        new UnforwardedAnswerMutant("delete-image-not-applied",
            "DELETE /v2/images/{image_id}: answers 204 without forwarding, so the image stays", DeleteImage, 204),

        new JsonBodyMutant("list-drops-next-link",
            "GET /v2/images: the 200 list has no 'next' link when there is a next page", ListImages, 200,
            JsonEdit.Remove("next")),
        new JsonBodyMutant("list-image-drops-status",
            "GET /v2/images: every image in the 200 list has no 'status' field", ListImages, 200,
            JsonEdit.Remove("images/*/status")),
        IgnoredListParameter("limit"),
        IgnoredListParameter("visibility"),
        IgnoredListParameter("disk_format"),
        IgnoredListParameter("container_format"),
        IgnoredListParameter("size_min"),
        IgnoredListParameter("size_max"),
        IgnoredListParameter("name"),

        new StatusCodeMutant("upload-image-data-204-to-200",
            "PUT /v2/images/{image_id}/file: answers 200 instead of 204", UploadData, 204, 200),
        ResponseHeaderMutant.Replace("download-wrong-content-md5",
            $"GET /v2/images/{{image_id}}/file: the 200 Content-Md5 header is {EmptyMd5Hex} (the MD5 of no data)",
            DownloadData, 200, "Content-Md5", EmptyMd5Hex),
        new BodyBytesMutant("download-flips-one-byte",
            "GET /v2/images/{image_id}/file: the 200 data has its middle byte inverted", DownloadData, 200,
            BodyDamage.FlipByte),
        new BodyBytesMutant("download-truncated",
            "GET /v2/images/{image_id}/file: the 200 data is cut to its first half (Content-Length adjusted)",
            DownloadData, 200, BodyDamage.Truncate),

        new UnforwardedAnswerMutant("add-tag-not-stored",
            "PUT /v2/images/{image_id}/tags/{tag}: answers 204 without forwarding, so the tag is never stored",
            AddTag, 204),
        new JsonBodyMutant("image-schema-renamed",
            "GET /v2/schemas/image: the 200 schema has 'name' \"images\" instead of \"image\"", ShowImageSchema, 200,
            JsonEdit.Set("name", "images")),

        .. DataMutants(),
        .. SemanticMutants(),
        .. CoverageMutants(),
        .. MetadefMutants(),
        .. SharingMutants(),
        .. ImageMutants(),
        .. TransferMutants(),
        .. ControlMutants(),
        .. DefaultMutants(),
    ];

    /// <summary>The mutant called <paramref name="name"/>, or null.</summary>
    public static IMutant? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    private static QueryParameterDropMutant IgnoredListParameter(string parameter) =>
        new($"list-ignores-{parameter.Replace('_', '-')}" + (parameter == "limit" ? string.Empty : "-filter"),
            $"GET /v2/images: the '{parameter}' query parameter is removed before forwarding (ignored)",
            ListImages, parameter);

    // Keeps scheme, host and path shape; only the image id at the end is replaced.
    private static string PointElsewhere(string location)
    {
        var slash = location.LastIndexOf('/');
        return slash < 0 ? location : location[..(slash + 1)] + ForeignImageId;
    }
}
