using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    private static ApiOperation ListMembers => new("GET", Routes.ImageMembers);
    private static ApiOperation ShowMember => new("GET", Routes.ImageMember);
    private static ApiOperation RemoveMember => new("DELETE", Routes.ImageMember);
    private static ApiOperation CreateTask => new("POST", Routes.Tasks);
    private static ApiOperation ListTasks => new("GET", Routes.Tasks);

    /// <summary>Mutants of sharing (members, their status, who may change a shared image), community images and the tasks API.</summary>
    private static IEnumerable<IMutant> SharingMutants() =>
    [
        new JsonBodyMutant("list-members-empty",
            "GET /v2/images/{image_id}/members: the 200 list has an empty 'members' array, so no member is listed",
            ListMembers, 200, JsonEdit.Set("members", new JsonArray())),
        new StatusCodeMutant("list-members-403-to-200",
            "GET /v2/images/{image_id}/members: a refused list (403, e.g. of a private image) answers 200 instead",
            ListMembers, 403, 200),
        new JsonBodyMutant("show-member-status-pending",
            "GET /v2/images/{image_id}/members/{member_id}: the 200 member has 'status' \"pending\", whatever the member answered",
            ShowMember, 200, JsonEdit.Set("status", "pending")),
        new RequestJsonMutant("member-reject-forwarded-as-accept",
            "PUT /v2/images/{image_id}/members/{member_id}: a status \"rejected\" is forwarded as \"accepted\"",
            UpdateMember, body => ReplaceStatus(body, s => s == "rejected", "accepted")),
        new RequestJsonMutant("member-invalid-status-forwarded-as-pending",
            "PUT /v2/images/{image_id}/members/{member_id}: a status outside pending/accepted/rejected is forwarded as \"pending\"",
            UpdateMember, body => ReplaceStatus(body, s => s is not ("pending" or "accepted" or "rejected"), "pending")),
        RequestHeaderMutant.Replace("member-status-by-owner-allowed",
            $"PUT /v2/images/{{image_id}}/members/{{member_id}}: the caller's X-Roles is forwarded as {AdminRoles}, so the owner may set a member's status",
            UpdateMember, "X-Roles", AdminRoles),
        IgnoredListParameter("member_status"),

        new UnforwardedAnswerMutant("remove-member-not-applied",
            "DELETE /v2/images/{image_id}/members/{member_id}: answers 204 without forwarding, so the member keeps the image",
            RemoveMember, 204),
        new StatusCodeMutant("remove-member-204-to-200",
            "DELETE /v2/images/{image_id}/members/{member_id}: answers 200 instead of 204", RemoveMember, 204, 200),
        RequestHeaderMutant.Replace("remove-member-by-member-allowed",
            $"DELETE /v2/images/{{image_id}}/members/{{member_id}}: the caller's X-Roles is forwarded as {AdminRoles}, so a member may remove a membership",
            RemoveMember, "X-Roles", AdminRoles),
        new StatusCodeMutant("add-member-duplicate-409-to-200",
            "POST /v2/images/{image_id}/members: adding a project that is already a member answers 200 instead of 409",
            AddMember, 409, 200),
        new StatusCodeMutant("add-member-403-to-200",
            "POST /v2/images/{image_id}/members: a refused add (403, e.g. to a private image) answers 200 instead",
            AddMember, 403, 200),

        RequestHeaderMutant.Replace("update-image-ownership-not-enforced",
            $"PATCH /v2/images/{{image_id}}: the caller's X-Roles is forwarded as {AdminRoles}, so a member of a shared image may change it",
            UpdateImage, "X-Roles", AdminRoles),
        RequestHeaderMutant.Replace("delete-image-ownership-not-enforced",
            $"DELETE /v2/images/{{image_id}}: the caller's X-Roles is forwarded as {AdminRoles}, so a member of a shared image may delete it",
            DeleteImage, "X-Roles", AdminRoles),
        new QueryParameterAddMutant("list-includes-community",
            "GET /v2/images: a list without 'visibility' is forwarded with visibility=all, so other projects' community images are listed",
            ListImages, "visibility", "all"),
        new JsonBodyMutant("list-drops-community-images",
            "GET /v2/images: the 200 list leaves out every image whose visibility is community",
            ListImages, 200, JsonEdit.Rewrite("images", (_, images) => WithoutVisibility(images, "community"))),
        new JsonBodyMutant("list-drops-public-images",
            "GET /v2/images: the 200 list leaves out every image whose visibility is public",
            ListImages, 200, JsonEdit.Rewrite("images", (_, images) => WithoutVisibility(images, "public"))),

        new StatusCodeMutant("create-task-201-to-200",
            "POST /v2/tasks: answers 200 instead of 201", CreateTask, 201, 200),
        new StatusCodeMutant("create-task-400-to-500",
            "POST /v2/tasks: a rejected task answers 500 instead of 400", CreateTask, 400, 500),
        new JsonBodyMutant("show-task-status-success",
            "GET /v2/tasks/{task_id}: the 200 task has 'status' \"success\", even when it failed",
            ShowTask, 200, JsonEdit.Set("status", "success")),
        new StatusCodeMutant("show-task-404-to-200",
            "GET /v2/tasks/{task_id}: a missing task answers 200 instead of 404", ShowTask, 404, 200),
        new JsonBodyMutant("list-tasks-empty",
            "GET /v2/tasks: the 200 list has an empty 'tasks' array", ListTasks, 200, JsonEdit.Set("tasks", new JsonArray())),
        new QueryParameterDropMutant("list-tasks-ignores-status-filter",
            "GET /v2/tasks: the 'status' query parameter is removed before forwarding (filter ignored)", ListTasks, "status"),
        RequestHeaderMutant.Replace("tasks-admin-only-not-enforced",
            $"GET /v2/tasks: the caller's X-Roles is forwarded as {AdminRoles}, so a project member may list tasks",
            ListTasks, "X-Roles", AdminRoles),
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
