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

    public static IReadOnlyList<IMutant> All { get; } =
    [
        new JsonBodyMutant("show-image-drops-status",
            "the 200 image has no 'status' field (a required field dropped)",
            Operations.ImageShow, 200, JsonEdit.Remove("status")),
        new StatusCodeMutant("delete-image-204-to-200",
            "answers 200 instead of 204", Operations.ImageDelete, 204, 200),
        new QueryParameterDropMutant("list-ignores-status-filter",
            "the 'status' query parameter is removed before forwarding (filter ignored)",
            Operations.ImageList, "status"),

        new StatusCodeMutant("create-image-201-to-200",
            "answers 200 instead of 201", Operations.ImageCreate, 201, 200),
        new StatusCodeMutant("create-image-400-to-500",
            "a rejected request answers 500 instead of 400", Operations.ImageCreate, 400, 500),
        ResponseHeaderMutant.Drop("create-image-drops-location",
            "the 201 answer has no Location header", Operations.ImageCreate, 201, "Location"),
        new ResponseHeaderMutant("create-image-location-elsewhere",
            $"the 201 Location header names image {ForeignImageId} instead of the new one",
            Operations.ImageCreate, 201, "Location", PointElsewhere),
        new JsonBodyMutant("show-image-id-wrong-type",
            "the 200 image has 'id' as a number instead of a string",
            Operations.ImageShow, 200, JsonEdit.Set("id", 12345)),
        new JsonBodyMutant("show-image-visibility-outside-enum",
            "the 200 image has 'visibility' \"everyone\", outside the schema's enum",
            Operations.ImageShow, 200, JsonEdit.Set("visibility", "everyone")),
        new JsonBodyMutant("show-image-wrong-checksum",
            $"the 200 image has 'checksum' {EmptyMd5Hex} (the MD5 of no data)",
            Operations.ImageShow, 200, JsonEdit.Set("checksum", EmptyMd5Hex)),
        new StatusCodeMutant("show-missing-image-404-to-500",
            "a missing image answers 500 instead of 404", Operations.ImageShow, 404, 500),
        new ForwardAsReadMutant("update-image-not-applied",
            "forwarded as a GET, so it answers 200 with the unchanged image",
            Operations.ImageUpdate),
        new UnforwardedAnswerMutant("delete-image-not-applied",
            "answers 204 without forwarding, so the image stays", Operations.ImageDelete, 204),

        new JsonBodyMutant("list-drops-next-link",
            "the 200 list has no 'next' link when there is a next page", Operations.ImageList, 200,
            JsonEdit.Remove("next")),
        new JsonBodyMutant("list-image-drops-status",
            "every image in the 200 list has no 'status' field", Operations.ImageList, 200,
            JsonEdit.Remove("images/*/status")),
        IgnoredListParameter("limit"),
        IgnoredListParameter("visibility"),
        IgnoredListParameter("disk_format"),
        IgnoredListParameter("container_format"),
        IgnoredListParameter("size_min"),
        IgnoredListParameter("size_max"),
        IgnoredListParameter("name"),

        new StatusCodeMutant("upload-image-data-204-to-200",
            "answers 200 instead of 204", Operations.ImageFileUpload, 204, 200),
        ResponseHeaderMutant.Replace("download-wrong-content-md5",
            $"the 200 Content-Md5 header is {EmptyMd5Hex} (the MD5 of no data)",
            Operations.ImageFileDownload, 200, "Content-Md5", EmptyMd5Hex),
        new BodyBytesMutant("download-flips-one-byte",
            "the 200 data has its middle byte inverted", Operations.ImageFileDownload, 200,
            BodyDamage.FlipByte),
        new BodyBytesMutant("download-truncated",
            "the 200 data is cut to its first half (Content-Length adjusted)",
            Operations.ImageFileDownload, 200, BodyDamage.Truncate),

        new UnforwardedAnswerMutant("add-tag-not-stored",
            "answers 204 without forwarding, so the tag is never stored",
            Operations.ImageTagAdd, 204),
        new JsonBodyMutant("image-schema-renamed",
            "the 200 schema has 'name' \"images\" instead of \"image\"", Operations.ImageSchemaShow, 200,
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
            $"the '{parameter}' query parameter is removed before forwarding (ignored)",
            Operations.ImageList, parameter);

    // Keeps scheme, host and path shape; only the image id at the end is replaced.
    private static string PointElsewhere(string location)
    {
        var slash = location.LastIndexOf('/');
        return slash < 0 ? location : location[..(slash + 1)] + ForeignImageId;
    }
}
