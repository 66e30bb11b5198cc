using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{

    /// <summary>Mutants of sharing (members, their status, who may change a shared image), community images and the tasks API.</summary>
    private static IEnumerable<IMutant> SharingMutants() =>
    [
        new JsonBodyMutant("list-members-empty",
            "the 200 list has an empty 'members' array, so no member is listed",
            Operations.MemberList, 200, JsonEdit.Set("members", new JsonArray())),
        StatusRewrite("list-members-403-to-200", Operations.MemberList, "a refused list (403, e.g. of a private image) answers 200 instead"),
        new JsonBodyMutant("show-member-status-pending",
            "the 200 member has 'status' \"pending\", whatever the member answered",
            Operations.MemberShow, 200, JsonEdit.Set("status", "pending")),
        new RequestJsonMutant("member-reject-forwarded-as-accept",
            "a status \"rejected\" is forwarded as \"accepted\"",
            Operations.MemberUpdate, body => ReplaceStatus(body, s => s == "rejected", "accepted")),
        new RequestJsonMutant("member-invalid-status-forwarded-as-pending",
            "a status outside pending/accepted/rejected is forwarded as \"pending\"",
            Operations.MemberUpdate, body => ReplaceStatus(body, s => s is not ("pending" or "accepted" or "rejected"), "pending")),
        RequestHeaderMutant.Replace("member-status-by-owner-allowed",
            $"the caller's X-Roles is forwarded as {AdminRoles}, so the owner may set a member's status",
            Operations.MemberUpdate, "X-Roles", AdminRoles),
        IgnoredListParameter("member_status"),

        NotForwarded("remove-member-not-applied", Operations.MemberDelete, 204, "so the member keeps the image"),
        StatusRewrite("remove-member-204-to-200", Operations.MemberDelete, "answers 200 instead of 204"),
        RequestHeaderMutant.Replace("remove-member-by-member-allowed",
            $"the caller's X-Roles is forwarded as {AdminRoles}, so a member may remove a membership",
            Operations.MemberDelete, "X-Roles", AdminRoles),
        StatusRewrite("add-member-duplicate-409-to-200", Operations.MemberCreate, "adding a project that is already a member answers 200 instead of 409"),
        StatusRewrite("add-member-403-to-200", Operations.MemberCreate, "a refused add (403, e.g. to a private image) answers 200 instead"),

        RequestHeaderMutant.Replace("update-image-ownership-not-enforced",
            $"the caller's X-Roles is forwarded as {AdminRoles}, so a member of a shared image may change it",
            Operations.ImageUpdate, "X-Roles", AdminRoles),
        RequestHeaderMutant.Replace("delete-image-ownership-not-enforced",
            $"the caller's X-Roles is forwarded as {AdminRoles}, so a member of a shared image may delete it",
            Operations.ImageDelete, "X-Roles", AdminRoles),
        new QueryParameterAddMutant("list-includes-community",
            "a list without 'visibility' is forwarded with visibility=all, so other projects' community images are listed",
            Operations.ImageList, "visibility", "all"),
        new JsonBodyMutant("list-drops-community-images",
            "the 200 list leaves out every image whose visibility is community",
            Operations.ImageList, 200, JsonEdit.Rewrite("images", (_, images) => WithoutVisibility(images, "community"))),
        new JsonBodyMutant("list-drops-public-images",
            "the 200 list leaves out every image whose visibility is public",
            Operations.ImageList, 200, JsonEdit.Rewrite("images", (_, images) => WithoutVisibility(images, "public"))),

        StatusRewrite("create-task-201-to-200", Operations.TaskCreate, "answers 200 instead of 201"),
        StatusRewrite("create-task-400-to-500", Operations.TaskCreate, "a rejected task answers 500 instead of 400"),
        new JsonBodyMutant("show-task-status-success",
            "the 200 task has 'status' \"success\", even when it failed",
            Operations.TaskShow, 200, JsonEdit.Set("status", "success")),
        StatusRewrite("show-task-404-to-200", Operations.TaskShow, "a missing task answers 200 instead of 404"),
        new JsonBodyMutant("list-tasks-empty",
            "the 200 list has an empty 'tasks' array", Operations.TaskList, 200, JsonEdit.Set("tasks", new JsonArray())),
        new QueryParameterDropMutant("list-tasks-ignores-status-filter",
            "the 'status' query parameter is removed before forwarding (filter ignored)", Operations.TaskList, "status"),
        RequestHeaderMutant.Replace("tasks-admin-only-not-enforced",
            $"the caller's X-Roles is forwarded as {AdminRoles}, so a project member may list tasks",
            Operations.TaskList, "X-Roles", AdminRoles),
    ];

    // Sets a member document's 'status' to the replacement where the sent status matches.
    private static bool ReplaceStatus(JsonNode body, Func<string, bool> matches, string replacement)
    {
        if (body is not JsonObject member || StringOf(member["status"]) is not { } status || !matches(status))
        {
            return false;
        }
        member["status"] = replacement;
        return true;
    }

    private static JsonNode? WithoutVisibility(JsonNode? images, string visibility) =>
        images is JsonArray all
            ? new JsonArray(all.Where(i => StringOf(i?["visibility"]) != visibility).Select(i => i?.DeepClone()).ToArray())
            : images;
}
