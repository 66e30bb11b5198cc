using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    // A project id no persona uses: the identity a server that lets anyone in would give a caller.
    private const string IntruderProject = "0000000000004000800000000000a0a0";


    /// <summary>Mutants of behaviour a schema cannot see: paging, sorting, visibility, sharing, authentication.</summary>
    private static IEnumerable<IMutant> SemanticMutants() =>
    [
        new QueryParameterDropMutant("list-ignores-marker",
            "the 'marker' query parameter is removed before forwarding, so every page is the first",
            Operations.ImageList, "marker"),
        new JsonBodyMutant("list-next-link-repeats-page",
            "the 200 list's 'next' link has as marker the first image of the page, so the next page repeats images",
            Operations.ImageList, 200, JsonEdit.Rewrite("next", MarkerAtFirstImage)),
        new JsonBodyMutant("list-next-link-drops-marker",
            "the 200 list's 'next' link has no marker, so it leads back to the first page",
            Operations.ImageList, 200, JsonEdit.Rewrite("next", (_, next) => StringOf(next) is { } link ? LinkQuery.Without(link, "marker") : next)),
        new JsonBodyMutant("list-first-link-wrong",
            "the 200 list's 'first' link is \"/v2/imagez\", a path of no list",
            Operations.ImageList, 200, JsonEdit.Set("first", "/v2/imagez")),
        new SortDirectionFlipMutant("list-sort-reversed",
            "every sort direction asked for is flipped before forwarding (asc to desc, desc or none to asc)",
            Operations.ImageList),
        IgnoredListParameter("tag"),

        new RequestJsonMutant("update-drops-remove-operations",
            "the JSON-patch loses its remove operations before forwarding, so removed properties stay",
            Operations.ImageUpdate, DropRemoveOperations),
        StatusRewrite("update-wrong-media-type-415-to-200", Operations.ImageUpdate, "a patch refused for its media type answers 200 instead of 415"),
        new EmptiedStatusMutant("delete-protected-403-to-204",
            "a refused delete (403, e.g. a protected image) answers 204 with no body; the image stays",
            Operations.ImageDelete, 403, 204),

        RequestHeaderMutant.Replace("list-visibility-not-enforced",
            "the caller's X-Roles is forwarded as admin,member,reader, so the list holds other projects' private images",
            Operations.ImageList, "X-Roles", "admin,member,reader"),
        RequestHeaderMutant.Replace("show-visibility-not-enforced",
            "the caller's X-Roles is forwarded as admin,member,reader, so another project's private image is shown",
            Operations.ImageShow, "X-Roles", "admin,member,reader"),
        RequestHeaderMutant.AddWhenAbsent("anonymous-accepted",
            $"a request without credentials is forwarded as a member of project {IntruderProject} (trusted identity headers added)",
            Operations.ImageList, ["X-Identity-Status", "X-Auth-Token"],
            [
                new("X-Identity-Status", "Confirmed"), new("X-Project-Id", IntruderProject),
                new("X-User-Id", "anonymous-intruder"), new("X-Roles", "member,reader"),
            ]),
        RequestHeaderMutant.AddWhenAbsent("invalid-token-accepted",
            $"a request whose token was never validated is forwarded as a member of project {IntruderProject} (trusted identity headers added)",
            Operations.ImageList, ["X-Identity-Status"],
            [
                new("X-Identity-Status", "Confirmed"), new("X-Project-Id", IntruderProject),
                new("X-User-Id", "token-intruder"), new("X-Roles", "member,reader"),
            ]),

        StatusRewrite("add-member-200-to-201", Operations.MemberCreate, "answers 201 instead of 200"),
        new JsonBodyMutant("member-status-outside-enum",
            "the 200 member has 'status' \"maybe\", outside the schema's enum",
            Operations.MemberCreate, 200, JsonEdit.Set("status", "maybe")),
        new LocalJsonAnswerMutant("member-status-update-not-applied",
            "answers 200 with the asked status echoed in a member document, without forwarding",
            Operations.MemberUpdate, 200, EchoedMember),
        new QueryParameterAddMutant("list-includes-pending-shared",
            "a list without 'member_status' is forwarded with member_status=all, so shared images not yet accepted are listed",
            Operations.ImageList, "member_status", "all"),
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
