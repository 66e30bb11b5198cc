using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of behaviour a schema cannot see, on canned exchanges.</summary>
public sealed class CatalogSemanticMutantTests
{
    private const string Marker = "9f0e1d2c-0000-4000-8000-00000000000a";
    private const string MemberPath = $"/v2/images/{Canned.ImageId}/members/c0f0b0000000400080000000000000bb";

    [Test, CoversMutant("list-ignores-marker")]
    public void ListIgnoresMarker_NextPage_ForwardsWithoutMarker()
    {
        var request = ListRequest("list-ignores-marker", $"limit=2&marker={Marker}&tag=t");

        Named("list-ignores-marker").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("limit=2&tag=t");
    }

    [Test, CoversMutant("list-next-link-repeats-page")]
    public void ListNextLinkRepeatsPage_PageWithNext_NextStartsAfterTheFirstImageOfThePage()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: true).Replace(
            $"marker={Canned.ImageId}&limit=2", $"marker={Marker}&limit=2", StringComparison.Ordinal));

        Named("list-next-link-repeats-page").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["next"]!.GetValue<string>().Should().Be($"/v2/images?marker={Canned.ImageId}&limit=2");
    }

    [Test, CoversMutant("list-next-link-drops-marker")]
    public void ListNextLinkDropsMarker_PageWithNext_NextHasNoMarker()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: true));

        Named("list-next-link-drops-marker").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["next"]!.GetValue<string>().Should().Be("/v2/images?limit=2");
    }

    [Test, CoversMutant("list-first-link-wrong")]
    public void ListFirstLinkWrong_Page_FirstLeadsNowhere()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-first-link-wrong").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["first"]!.GetValue<string>().Should().Be("/v2/imagez");
    }

    [Test, CoversMutant("list-sort-reversed")]
    public void ListSortReversed_SortKeyAndDirection_ForwardsTheOtherDirection()
    {
        var request = ListRequest("list-sort-reversed", "tag=t&sort_key=name&sort_dir=asc");

        Named("list-sort-reversed").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("tag=t&sort_key=name&sort_dir=desc");
    }

    [Test, CoversMutant("list-ignores-tag-filter")]
    public void ListIgnoresTagFilter_FilteredList_ForwardsWithoutTag() =>
        QueryAfter("list-ignores-tag-filter", "tag=cts-1&limit=2").Should().Be("limit=2");

    [Test, CoversMutant("update-drops-remove-operations")]
    public void UpdateDropsRemoveOperations_PatchWithRemove_ForwardsOnlyTheOtherOperations()
    {
        var mutant = Named("update-drops-remove-operations");
        var request = WithBody(mutant, $"/v2/images/{Canned.ImageId}",
            """[{"op": "replace", "path": "/name", "value": "n"}, {"op": "remove", "path": "/note"}]""");

        mutant.MutateRequest(request).Should().BeTrue();
        JsonNode.Parse(request.Body!)!.ToJsonString().Should().Be("""[{"op":"replace","path":"/name","value":"n"}]""");
        request.Headers.Get("Content-Length").Should().Be(request.Body!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void UpdateDropsRemoveOperations_PatchWithoutRemove_ChangesNothing()
    {
        var mutant = Named("update-drops-remove-operations");
        var request = WithBody(mutant, $"/v2/images/{Canned.ImageId}", """[{"op": "add", "path": "/note", "value": "x"}]""");

        mutant.MutateRequest(request).Should().BeFalse();
    }

    [Test, CoversMutant("delete-protected-403-to-204")]
    public void DeleteProtected403To204_Refused_Answers204WithoutBody()
    {
        var response = Canned.Json(403, """{"message": "Image is protected and cannot be deleted."}""");

        Named("delete-protected-403-to-204").MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(204);
        response.Body.Should().BeEmpty();
        response.Headers.Contains("Content-Type").Should().BeFalse();
        response.Headers.Contains("Content-Length").Should().BeFalse();
    }

    [Test, CoversMutant("list-visibility-not-enforced")]
    public void ListVisibilityNotEnforced_MemberList_ForwardedAsAdmin() =>
        RolesAfter("list-visibility-not-enforced").Should().Be("admin,member,reader");

    [Test, CoversMutant("show-visibility-not-enforced")]
    public void ShowVisibilityNotEnforced_MemberShow_ForwardedAsAdmin() =>
        RolesAfter("show-visibility-not-enforced").Should().Be("admin,member,reader");

    [Test, CoversMutant("anonymous-accepted")]
    public void AnonymousAccepted_RequestWithoutCredentials_ForwardedWithAConfirmedMemberIdentity()
    {
        var mutant = Named("anonymous-accepted");
        var request = new ForwardedRequest(mutant.Operation, "GET", "/v2/images", string.Empty,
            new HeaderList([new("Host", "127.0.0.1:5555"), new("Accept", "application/json")]));

        mutant.MutateRequest(request).Should().BeTrue();
        request.Headers.Get("X-Identity-Status").Should().Be("Confirmed");
        request.Headers.Get("X-Roles").Should().Be("member,reader");
        request.Headers.Get("X-Project-Id").Should().NotBeNullOrEmpty();
        request.Headers.Get("X-User-Id").Should().NotBeNullOrEmpty();
    }

    [Test]
    public void AnonymousAccepted_RequestWithToken_ChangesNothing()
    {
        var mutant = Named("anonymous-accepted");
        var request = Canned.Request(mutant.Operation, "/v2/images");

        mutant.MutateRequest(request).Should().BeFalse();
        request.Headers.Contains("X-Identity-Status").Should().BeFalse();
    }

    [Test, CoversMutant("invalid-token-accepted")]
    public void InvalidTokenAccepted_RequestWithUnvalidatedToken_ForwardedWithAConfirmedMemberIdentity()
    {
        var mutant = Named("invalid-token-accepted");
        var request = Canned.Request(mutant.Operation, "/v2/images");

        mutant.MutateRequest(request).Should().BeTrue();
        request.Headers.Get("X-Identity-Status").Should().Be("Confirmed");
        request.Headers.Get("X-Roles").Should().Be("member,reader");
    }

    [Test, CoversMutant("list-includes-pending-shared")]
    public void ListIncludesPendingShared_DefaultList_AsksForEveryMemberStatus() =>
        QueryAfter("list-includes-pending-shared", "name=probe").Should().Be("name=probe&member_status=all");

    [Test]
    public void ListIncludesPendingShared_ExplicitMemberStatus_ChangesNothing() =>
        Named("list-includes-pending-shared").MutateRequest(ListRequest("list-includes-pending-shared", "member_status=pending"))
            .Should().BeFalse();

    [Test, CoversMutant("member-status-outside-enum")]
    public void MemberStatusOutsideEnum_Added_StatusIsMaybe()
    {
        var response = Canned.Json(200, """{"member_id": "p2", "status": "pending"}""");

        Named("member-status-outside-enum").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["status"]!.GetValue<string>().Should().Be("maybe");
    }

    [Test, CoversMutant("member-status-update-not-applied")]
    public void MemberStatusUpdateNotApplied_Accept_AnsweredLocallyWithTheStatusEchoed()
    {
        var mutant = Named("member-status-update-not-applied");
        var request = WithBody(mutant, MemberPath, """{"status": "accepted"}""");

        mutant.MutateRequest(request).Should().BeTrue();

        var answer = request.LocalAnswer!;
        answer.Status.Should().Be(200);
        answer.Headers.Get("Content-Type").Should().Be("application/json");
        var member = Canned.JsonOf(answer);
        member["status"]!.GetValue<string>().Should().Be("accepted");
        member["member_id"]!.GetValue<string>().Should().Be("c0f0b0000000400080000000000000bb");
        member["image_id"]!.GetValue<string>().Should().Be(Canned.ImageId);
        member["schema"]!.GetValue<string>().Should().Be("/v2/schemas/member");
    }

    [Test]
    public void MemberStatusUpdateNotApplied_BodyWithoutStatus_IsForwarded()
    {
        var mutant = Named("member-status-update-not-applied");
        var request = WithBody(mutant, MemberPath, """{"state": "accepted"}""");

        mutant.MutateRequest(request).Should().BeFalse();
        request.LocalAnswer.Should().BeNull();
    }

    // A request of the mutant's own route, for the image under test.
    private static string? RolesAfter(string name) =>
        CatalogMutants.RolesAfter(name, Named(name).Operation.Route.Replace("{image_id}", Canned.ImageId, StringComparison.Ordinal));
}
