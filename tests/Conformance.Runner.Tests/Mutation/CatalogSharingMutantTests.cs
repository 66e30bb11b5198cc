using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of sharing, community images and the tasks API, on canned exchanges.</summary>
public sealed class CatalogSharingMutantTests
{
    private const string Project = "c0f0b0000000400080000000000000bb";
    private const string MemberPath = $"/v2/images/{Canned.ImageId}/members/{Project}";
    private const string TaskId = "01943328-91df-461b-855d-0e609e07ca9d";

    [Test, CoversMutant("list-members-empty")]
    public void ListMembersEmpty_OneMember_ListIsEmpty()
    {
        var response = Canned.Json(200, $$"""{"members": [{{MemberJson("pending")}}], "schema": "/v2/schemas/members"}""");

        Named("list-members-empty").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["members"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public void ListMembersEmpty_NoMember_ChangesNothing() =>
        Named("list-members-empty").MutateResponse(Canned.Json(200, """{"members": [], "schema": "/v2/schemas/members"}"""))
            .Should().BeFalse();

    [Test, CoversMutant("show-member-status-pending")]
    public void ShowMemberStatusPending_Accepted_ShownPending()
    {
        var response = Canned.Json(200, MemberJson("accepted"));

        Named("show-member-status-pending").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["status"]!.GetValue<string>().Should().Be("pending");
    }

    [Test, CoversMutant("member-reject-forwarded-as-accept")]
    public void MemberRejectForwardedAsAccept_Reject_ForwardsAccept() =>
        StatusForwarded("member-reject-forwarded-as-accept", "rejected").Should().Be("accepted");

    [Test]
    public void MemberRejectForwardedAsAccept_Accept_ChangesNothing() =>
        Changes("member-reject-forwarded-as-accept", """{"status": "accepted"}""").Should().BeFalse();

    [Test, CoversMutant("member-invalid-status-forwarded-as-pending")]
    public void MemberInvalidStatusForwardedAsPending_UnknownStatus_ForwardsPending() =>
        StatusForwarded("member-invalid-status-forwarded-as-pending", "notavalidstatus").Should().Be("pending");

    [TestCase("pending")]
    [TestCase("accepted")]
    [TestCase("rejected")]
    public void MemberInvalidStatusForwardedAsPending_ValidStatus_ChangesNothing(string status) =>
        Changes("member-invalid-status-forwarded-as-pending", $$"""{"status": "{{status}}"}""").Should().BeFalse();

    [Test]
    public void MemberInvalidStatusForwardedAsPending_NoStatus_ChangesNothing() =>
        Changes("member-invalid-status-forwarded-as-pending", """{"state": "x"}""").Should().BeFalse();

    [Test, CoversMutant("member-status-by-owner-allowed")]
    public void MemberStatusByOwnerAllowed_OwnerUpdate_ForwardedAsAdmin() =>
        RolesAfter("member-status-by-owner-allowed", MemberPath).Should().Be("admin,member,reader");

    [Test, CoversMutant("list-ignores-member-status-filter")]
    public void ListIgnoresMemberStatusFilter_PendingList_ForwardsWithoutMemberStatus() =>
        QueryAfter("list-ignores-member-status-filter", "member_status=pending&name=n").Should().Be("name=n");

    [Test, CoversMutant("remove-member-not-applied")]
    public void RemoveMemberNotApplied_Delete_IsAnswered204Locally()
    {
        var mutant = Named("remove-member-not-applied");
        var request = Canned.Request(mutant.Operation, MemberPath);

        mutant.MutateRequest(request).Should().BeTrue();
        request.LocalAnswer!.Status.Should().Be(204);
        request.LocalAnswer.Body.Should().BeEmpty();
    }

    [Test, CoversMutant("remove-member-by-member-allowed")]
    public void RemoveMemberByMemberAllowed_MemberDelete_ForwardedAsAdmin() =>
        RolesAfter("remove-member-by-member-allowed", MemberPath).Should().Be("admin,member,reader");

    [Test]
    public void AddMember403To200_Added_ChangesNothing() =>
        Named("add-member-403-to-200").MutateResponse(Canned.Json(200, MemberJson("pending"))).Should().BeFalse();

    [Test, CoversMutant("update-image-ownership-not-enforced")]
    public void UpdateImageOwnershipNotEnforced_MemberPatch_ForwardedAsAdmin() =>
        RolesAfter("update-image-ownership-not-enforced", $"/v2/images/{Canned.ImageId}").Should().Be("admin,member,reader");

    [Test, CoversMutant("delete-image-ownership-not-enforced")]
    public void DeleteImageOwnershipNotEnforced_MemberDelete_ForwardedAsAdmin() =>
        RolesAfter("delete-image-ownership-not-enforced", $"/v2/images/{Canned.ImageId}").Should().Be("admin,member,reader");

    [Test]
    public void DeleteImageOwnershipNotEnforced_AdminDelete_ChangesNothing()
    {
        var mutant = Named("delete-image-ownership-not-enforced");
        var request = Canned.Request(mutant.Operation, $"/v2/images/{Canned.ImageId}");
        request.Headers.Add("X-Roles", "admin,member,reader");

        mutant.MutateRequest(request).Should().BeFalse();
    }

    [Test, CoversMutant("list-includes-community")]
    public void ListIncludesCommunity_DefaultList_AsksForEveryVisibility()
    {
        var request = Canned.Request(Named("list-includes-community").Operation, "/v2/images", "name=probe");

        Named("list-includes-community").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("name=probe&visibility=all");
    }

    [Test]
    public void ListIncludesCommunity_ExplicitVisibility_ChangesNothing() =>
        Named("list-includes-community").MutateRequest(Canned.Request(Named("list-includes-community").Operation, "/v2/images", "visibility=shared"))
            .Should().BeFalse();

    [Test, CoversMutant("list-drops-community-images")]
    public void ListDropsCommunityImages_MixedPage_KeepsOnlyTheOthers()
    {
        var community = Canned.ImageJson.Replace("\"shared\"", "\"community\"", StringComparison.Ordinal)
            .Replace(Canned.ImageId, TaskId, StringComparison.Ordinal);
        var response = Canned.Json(200, $$"""{"images": [{{Canned.ImageJson}}, {{community}}], "first": "/v2/images", "schema": "/v2/schemas/images"}""");

        Named("list-drops-community-images").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().Equal(Canned.ImageId);
    }

    [Test]
    public void ListDropsCommunityImages_NoCommunityImage_ChangesNothing() =>
        Named("list-drops-community-images").MutateResponse(Canned.Json(200, Canned.ListJson(withNext: false))).Should().BeFalse();

    [Test, CoversMutant("list-drops-public-images")]
    public void ListDropsPublicImages_MixedPage_KeepsOnlyTheOthers()
    {
        var published = Canned.ImageJson.Replace("\"shared\"", "\"public\"", StringComparison.Ordinal)
            .Replace(Canned.ImageId, TaskId, StringComparison.Ordinal);
        var response = Canned.Json(200, $$"""{"images": [{{published}}, {{Canned.ImageJson}}], "first": "/v2/images", "schema": "/v2/schemas/images"}""");

        Named("list-drops-public-images").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().Equal(Canned.ImageId);
    }

    [Test, CoversMutant("show-task-status-success")]
    public void ShowTaskStatusSuccess_FailedTask_ShownSucceeded()
    {
        var response = Canned.Json(200, $$"""{"id": "{{TaskId}}", "type": "import", "status": "failure", "message": "Task failed"}""");

        Named("show-task-status-success").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["status"]!.GetValue<string>().Should().Be("success");
    }

    [Test, CoversMutant("list-tasks-empty")]
    public void ListTasksEmpty_OneTask_ListIsEmpty()
    {
        var response = Canned.Json(200, $$"""{"tasks": [{"id": "{{TaskId}}", "type": "import", "status": "pending"}], "first": "/v2/tasks"}""");

        Named("list-tasks-empty").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["tasks"]!.AsArray().Should().BeEmpty();
    }

    [Test, CoversMutant("list-tasks-ignores-status-filter")]
    public void ListTasksIgnoresStatusFilter_FilteredList_ForwardsWithoutStatus() =>
        QueryAfter("list-tasks-ignores-status-filter", "status=success&sort_dir=desc", "/v2/tasks").Should().Be("sort_dir=desc");

    [Test, CoversMutant("tasks-admin-only-not-enforced")]
    public void TasksAdminOnlyNotEnforced_MemberList_ForwardedAsAdmin() =>
        RolesAfter("tasks-admin-only-not-enforced", "/v2/tasks").Should().Be("admin,member,reader");

    private static string MemberJson(string status) => $$"""
        {"member_id": "{{Project}}", "image_id": "{{Canned.ImageId}}", "status": "{{status}}",
         "created_at": "2026-11-27T21:09:36Z", "updated_at": "2026-11-27T21:09:36Z", "schema": "/v2/schemas/member"}
        """;

    private static string? StatusForwarded(string name, string status)
    {
        var mutant = Named(name);
        var request = WithBody(mutant, MemberPath, $$"""{"status": "{{status}}"}""");
        mutant.MutateRequest(request).Should().BeTrue();
        request.Headers.Get("Content-Length").Should().Be(request.Body!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return JsonNode.Parse(request.Body)!["status"]!.GetValue<string>();
    }

    private static bool Changes(string name, string json)
    {
        var mutant = Named(name);
        return mutant.MutateRequest(WithBody(mutant, MemberPath, json));
    }
}
