using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    // A project id no persona uses: the identity a server that lets anyone in would give a caller.
    private const string IntruderProject = "0000000000004000800000000000a0a0";

    private static ApiOperation AddMember => new("POST", Routes.ImageMembers);
    private static ApiOperation UpdateMember => new("PUT", Routes.ImageMember);

    /// <summary>Mutants of behaviour a schema cannot see: paging, sorting, visibility, sharing, authentication.</summary>
    private static IEnumerable<IMutant> SemanticMutants() =>
    [
        new QueryParameterDropMutant("list-ignores-marker",
            "GET /v2/images: the 'marker' query parameter is removed before forwarding, so every page is the first",
            ListImages, "marker"),
        new JsonBodyMutant("list-next-link-repeats-page",
            "GET /v2/images: the 200 list's 'next' link has as marker the first image of the page, so the next page repeats images",
            ListImages, 200, JsonEdit.Rewrite("next", MarkerAtFirstImage)),
        new JsonBodyMutant("list-next-link-drops-marker",
            "GET /v2/images: the 200 list's 'next' link has no marker, so it leads back to the first page",
            ListImages, 200, JsonEdit.Rewrite("next", (_, next) => StringOf(next) is { } link ? LinkQuery.Without(link, "marker") : next)),
        new JsonBodyMutant("list-first-link-wrong",
            "GET /v2/images: the 200 list's 'first' link is \"/v2/imagez\", a path of no list",
            ListImages, 200, JsonEdit.Set("first", "/v2/imagez")),
        new SortDirectionFlipMutant("list-sort-reversed",
            "GET /v2/images: every sort direction asked for is flipped before forwarding (asc to desc, desc or none to asc)",
            ListImages),
        IgnoredListParameter("tag"),

        new RequestJsonMutant("update-drops-remove-operations",
            "PATCH /v2/images/{image_id}: the JSON-patch loses its remove operations before forwarding, so removed properties stay",
            UpdateImage, DropRemoveOperations),
        new StatusCodeMutant("update-wrong-media-type-415-to-200",
            "PATCH /v2/images/{image_id}: a patch refused for its media type answers 200 instead of 415", UpdateImage, 415, 200),
        new EmptiedStatusMutant("delete-protected-403-to-204",
            "DELETE /v2/images/{image_id}: a refused delete (403, e.g. a protected image) answers 204 with no body; the image stays",
            DeleteImage, 403, 204),

        RequestHeaderMutant.Replace("list-visibility-not-enforced",
            "GET /v2/images: the caller's X-Roles is forwarded as admin,member,reader, so the list holds other projects' private images",
            ListImages, "X-Roles", "admin,member,reader"),
        RequestHeaderMutant.Replace("show-visibility-not-enforced",
            "GET /v2/images/{image_id}: the caller's X-Roles is forwarded as admin,member,reader, so another project's private image is shown",
            ShowImage, "X-Roles", "admin,member,reader"),
        RequestHeaderMutant.AddWhenAbsent("anonymous-accepted",
            $"GET /v2/images: a request without credentials is forwarded as a member of project {IntruderProject} (trusted identity headers added)",
            ListImages, ["X-Identity-Status", "X-Auth-Token"],
            [
                new("X-Identity-Status", "Confirmed"), new("X-Project-Id", IntruderProject),
                new("X-User-Id", "anonymous-intruder"), new("X-Roles", "member,reader"),
            ]),
        RequestHeaderMutant.AddWhenAbsent("invalid-token-accepted",
            $"GET /v2/images: a request whose token was never validated is forwarded as a member of project {IntruderProject} (trusted identity headers added)",
            ListImages, ["X-Identity-Status"],
            [
                new("X-Identity-Status", "Confirmed"), new("X-Project-Id", IntruderProject),
                new("X-User-Id", "token-intruder"), new("X-Roles", "member,reader"),
            ]),

        new StatusCodeMutant("add-member-200-to-201",
            "POST /v2/images/{image_id}/members: answers 201 instead of 200", AddMember, 200, 201),
        new JsonBodyMutant("member-status-outside-enum",
            "POST /v2/images/{image_id}/members: the 200 member has 'status' \"maybe\", outside the schema's enum",
            AddMember, 200, JsonEdit.Set("status", "maybe")),
        new LocalJsonAnswerMutant("member-status-update-not-applied",
            "PUT /v2/images/{image_id}/members/{member_id}: answers 200 with the asked status echoed in a member document, without forwarding",
            UpdateMember, 200, EchoedMember),
        new QueryParameterAddMutant("list-includes-pending-shared",
            "GET /v2/images: a list without 'member_status' is forwarded with member_status=all, so shared images not yet accepted are listed",
            ListImages, "member_status", "all"),
    ];

    private static JsonNode? MarkerAtFirstImage(JsonNode page, JsonNode? next)
    {
        var first = page["images"] is JsonArray { Count: > 0 } images ? StringOf(images[0]?["id"]) : null;
        return StringOf(next) is { } link && first is not null ? LinkQuery.With(link, "marker", first) : next;
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool DropRemoveOperations(JsonNode patch)
    {
        if (patch is not JsonArray operations)
        {
            return false;
        }
        var removes = operations.OfType<JsonObject>()
            .Where(o => StringOf(o["op"]) == "remove")
            .ToList();
        foreach (var remove in removes)
        {
            operations.Remove(remove);
        }
        return removes.Count > 0;
    }

    // A member document as Glance writes one, from the path (image and member ids) and the body's status.
    private static JsonObject? EchoedMember(ForwardedRequest request)
    {
        var segments = request.Path.Split('/');
        if (segments.Length != 6 || request.Body is not { Length: > 0 } body)
        {
            return null;
        }
        string? status;
        try
        {
            status = StringOf(JsonNode.Parse(body)?["status"]);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        if (status is null)
        {
            return null;
        }
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["member_id"] = Uri.UnescapeDataString(segments[5]),
            ["image_id"] = Uri.UnescapeDataString(segments[3]),
            ["status"] = status,
            ["created_at"] = now,
            ["updated_at"] = now,
            ["schema"] = "/v2/schemas/member",
        };
    }
}
