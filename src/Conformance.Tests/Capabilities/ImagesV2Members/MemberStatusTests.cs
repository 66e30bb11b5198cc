namespace Conformance.Tests.Capabilities.ImagesV2Members;

[Capability(CapabilityNames.ImagesV2Members)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class MemberStatusTests : SharingTestBase
{
    [ConformanceTest("A member that rejects a shared image MUST then hold a rejected membership, and the image MUST NOT be in its list, while an accepted one of the same name is.",
        IdempotentId = "id-d9e83e5f-3524-4b38-a900-22abcb26e90e", Operation = Operations.MemberUpdate)]
    public async Task UpdateImageMember_RejectedByMember_StoredAndImageNotListed()
    {
        var (image, project) = await ShareWithAltMemberAsync();
        // The positive control: a shared image of the same name that the member accepted, which its list must hold.
        var (accepted, _) = await ShareAcceptedWithAltMemberAsync(image.Body.Text("name"));
        var alt = As(Persona.AltMember);

        var response = await MembersAs(Persona.AltMember).UpdateImageMemberAsync(image.Id, project, "rejected", Cancellation);

        response.ShouldHaveStatus(200, "a member MUST be able to reject an image shared with it");
        response.JsonObject.Text("status").Should().Be("rejected", "the answer MUST show the new status");
        var listed = await alt.Images.ListAllAsync([new("name", image.Body.Text("name")!)], Cancellation);
        listed.Ids().Should().Contain(accepted.Id, "a member's list MUST hold a shared image it accepted");
        listed.Ids().Should().NotContain(image.Id, "a member's list MUST NOT hold a shared image it rejected");
    }

    [ConformanceTest("Setting a membership to a status other than pending, accepted or rejected MUST answer 400.",
        IdempotentId = "id-b79efb37-820d-4cf0-b54c-308b00cf842c", Operation = Operations.MemberUpdate)]
    public async Task UpdateImageMember_InvalidStatus_Answers400()
    {
        var (image, project) = await ShareWithAltMemberAsync();

        var response = await MembersAs(Persona.AltMember).UpdateImageMemberAsync(image.Id, project, "notavalidstatus", Cancellation);

        response.ShouldHaveStatus(400, "a member status MUST be one of pending, accepted and rejected");
    }

    [ConformanceTest("The owner of a shared image MUST NOT be able to accept it on behalf of a member: the change MUST answer 403.",
        IdempotentId = "id-27002f74-109e-4a37-acd0-f91cd4597967", Operation = Operations.MemberUpdate)]
    public async Task UpdateImageMember_AcceptedByOwner_Answers403()
    {
        var (image, project) = await ShareWithAltMemberAsync();

        var response = await MembersAs(Persona.Member).UpdateImageMemberAsync(image.Id, project, "accepted", Cancellation);

        response.ShouldHaveStatus(403, "only the member may set its own membership status");
        var shown = (await MembersAs(Persona.AltMember).ShowImageMemberAsync(image.Id, project, Cancellation))
            .ShouldHaveStatus(200, "a member MUST see its own membership").JsonObject;
        shown.Text("status").Should().Be("pending", "a refused change MUST leave the membership as it was");
    }

    [ConformanceTest("A member's list filtered by member_status=pending MUST hold a shared image it has not answered yet.",
        IdempotentId = "id-3fa50be4-8e38-4c02-a8db-7811bb780122", Operation = Operations.ImageList)]
    public async Task ListImages_MemberStatusPending_HoldsThePendingImage()
    {
        var (image, _) = await ShareWithAltMemberAsync();
        var alt = As(Persona.AltMember);

        var listed = await alt.Images.ListAllAsync([new("member_status", "pending"), new("name", image.Body.Text("name")!)], Cancellation);

        listed.Ids().Should().Contain(image.Id, "a consumer finds the images offered to it by asking for member_status=pending");
    }
}
