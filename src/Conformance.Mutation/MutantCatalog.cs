using System.Globalization;
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
        StatusRewrite("delete-image-204-to-200", Operations.ImageDelete, "answers 200 instead of 204"),
        new QueryParameterDropMutant("list-ignores-status-filter",
            "the 'status' query parameter is removed before forwarding (filter ignored)",
            Operations.ImageList, "status"),

        StatusRewrite("create-image-201-to-200", Operations.ImageCreate, "answers 200 instead of 201"),
        StatusRewrite("create-image-400-to-500", Operations.ImageCreate, "a rejected request answers 500 instead of 400"),
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
        StatusRewrite("show-missing-image-404-to-500", Operations.ImageShow, "a missing image answers 500 instead of 404"),
        ForwardedAsRead("update-image-not-applied", Operations.ImageUpdate, "the unchanged image"),
        NotForwarded("delete-image-not-applied", Operations.ImageDelete, 204, "so the image stays"),

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

        StatusRewrite("upload-image-data-204-to-200", Operations.ImageFileUpload, "answers 200 instead of 204"),
        ResponseHeaderMutant.Replace("download-wrong-content-md5",
            $"the 200 Content-Md5 header is {EmptyMd5Hex} (the MD5 of no data)",
            Operations.ImageFileDownload, 200, "Content-Md5", EmptyMd5Hex),
        new BodyBytesMutant("download-flips-one-byte",
            "the 200 data has its middle byte inverted", Operations.ImageFileDownload, 200,
            BodyDamage.FlipByte),
        new BodyBytesMutant("download-truncated",
            "the 200 data is cut to its first half (Content-Length adjusted)",
            Operations.ImageFileDownload, 200, BodyDamage.Truncate),

        NotForwarded("add-tag-not-stored", Operations.ImageTagAdd, 204, "so the tag is never stored"),
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
        .. LocationMutants(),
    ];

    /// <summary>The mutant called <paramref name="name"/>, or null.</summary>
    public static IMutant? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    // The name ends in <from>-to-<to> ("create-image-400-to-500"): the statuses are written once, where a reader looks.
    private static StatusCodeMutant StatusRewrite(string name, string operation, string description)
    {
        var parts = name.Split('-');
        if (parts.Length < 4 || parts[^2] != "to")
        {
            throw new ArgumentException($"'{name}' should end in <from>-to-<to>", nameof(name));
        }
        return new(name, description, operation,
            int.Parse(parts[^3], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
    }

    // A change that is answered but never applied: the upstream never sees the request.
    private static UnforwardedAnswerMutant NotForwarded(string name, string operation, int status, string consequence) =>
        new(name, $"answers {status} without forwarding, {consequence}", operation, status);

    // A change that is read instead: the upstream answers with the resource as it was.
    private static ForwardAsReadMutant ForwardedAsRead(string name, string operation, string answer) =>
        new(name, $"forwarded as a GET, so it answers 200 with {answer}", operation);

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
