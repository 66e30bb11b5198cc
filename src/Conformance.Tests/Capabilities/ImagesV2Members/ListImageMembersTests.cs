namespace Conformance.Tests.Capabilities.ImagesV2Members;

[Capability(CapabilityNames.ImagesV2Members)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class ListImageMembersTests : SharingTestBase
{
    [ConformanceTest("Listing the members of a shared image MUST answer 200 with every project the image is shared with.",
        Operation = Operations.MemberList)]
    public async Task ListImageMembers_SharedWithProject_Answers200WithTheMember()
    {
        var (image, project) = await ShareWithAltMemberAsync();

        var response = await MembersAs(Persona.Member).ListImageMembersAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(200, "the owner of a shared image MUST be able to list its members");
        var members = (response.JsonObject["members"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        members.Should().ContainSingle("the image was shared with exactly one project ({0})", response.Text);
        members[0].Text("member_id").Should().Be(project, "the list MUST name the project the image was shared with");
        members[0].Text("image_id").Should().Be(image.Id, "a member of the image MUST name that image");
        members[0].Text("status").Should().Be("pending", "the project has not answered yet");
    }

    [ReadsSharedImages(nameof(RefusalTargets.PrivateMemberRefusals))]
    [ConformanceTest("Listing the members of a private image MUST answer 403: only shared images have members.",
        Operation = Operations.MemberList)]
    public async Task ListImageMembers_PrivateImage_Answers403()
    {
        var image = await SharedAsync(RefusalTargets.PrivateMemberRefusals);

        var response = await MembersAs(Persona.Member).ListImageMembersAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(403, "a private image is not shared, so it has no member list");
    }

    [ConformanceTest("The owner of a shared image MUST be shown a membership the member accepted, with status accepted.",
        IdempotentId = "id-a6ee18b9-4378-465e-9ad9-9a6de58a3287", Operation = Operations.MemberShow)]
    public async Task ShowImageMember_AcceptedByMember_OwnerSeesAccepted()
    {
        var (image, project) = await ShareAcceptedWithAltMemberAsync();

        var response = await MembersAs(Persona.Member).ShowImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(200, "the owner of a shared image MUST be shown its memberships");
        response.JsonObject.Text("member_id").Should().Be(project, "the membership shown MUST be the one asked for");
        response.JsonObject.Text("image_id").Should().Be(image.Id, "the membership shown MUST be of the image asked for");
        response.JsonObject.Text("status").Should().Be("accepted", "the member accepted the image, and the owner MUST see that");
    }
}
