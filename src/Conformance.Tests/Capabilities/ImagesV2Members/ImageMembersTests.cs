namespace Conformance.Tests.Capabilities.ImagesV2Members;

[Capability(CapabilityNames.ImagesV2Members)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class ImageMembersTests : SharingTestBase
{
    [ConformanceTest("Adding a project as a member of a shared image MUST answer 200 with the membership in status pending.",
        Operation = Operations.MemberCreate)]
    public async Task CreateImageMember_SharedImage_Answers200Pending()
    {
        var image = await TestImages.CreateAsync(Cancellation, r => r["visibility"] = "shared");
        var project = ProjectOf(Persona.AltMember);

        var response = await MembersAs(Persona.Member).CreateImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(200, "adding a member MUST answer 200 with the membership");
        response.JsonObject.Text("member_id").Should().Be(project, "the membership MUST name the project added");
        response.JsonObject.Text("image_id").Should().Be(image.Id, "the membership MUST name the shared image");
        response.JsonObject.Text("status").Should().Be("pending", "a new member has not accepted the image yet");
    }

    [ConformanceTest("A member that accepts a shared image MUST then hold an accepted membership and see the image in its list.",
        IdempotentId = "id-5934c6ea-27dc-4d6e-9421-eeb5e045494a", Operation = Operations.MemberUpdate)]
    public async Task UpdateImageMember_AcceptedByMember_StoredAndImageListed()
    {
        var (image, project) = await ShareWithAltMemberAsync();
        var alt = As(Persona.AltMember);
        var altMembers = MembersAs(Persona.AltMember);

        var response = await altMembers.UpdateImageMemberAsync(image.Id, project, "accepted", Cancellation);

        response.ShouldHaveStatus(200, "a member MUST be able to accept an image shared with it");
        response.JsonObject.Text("status").Should().Be("accepted", "the answer MUST show the new status");
        var shown = (await altMembers.ShowImageMemberAsync(image.Id, project, Cancellation))
            .ShouldHaveStatus(200, "a member MUST see its own membership").JsonObject;
        shown.Text("status").Should().Be("accepted", "an accepted membership MUST stay accepted");
        var listed = await alt.Images.ListAllAsync([new("name", image.Body.Text("name")!)], Cancellation);
        listed.Ids().Should().Contain(image.Id, "an accepted shared image MUST be in the member's list");
    }

    [ConformanceTest("A shared image whose membership is still pending MUST NOT be in the member's list, while an accepted one of the same name is.",
        Operation = Operations.ImageList)]
    public async Task ListImages_PendingSharedImage_IsNotInMembersList()
    {
        var (image, _) = await ShareWithAltMemberAsync();
        var name = image.Body.Text("name")!;
        // The positive control: a shared image of the same name that the member accepted, which its list must hold.
        var (accepted, _) = await ShareAcceptedWithAltMemberAsync(name);
        var alt = As(Persona.AltMember);

        var listed = await alt.Images.ListAllAsync([new("name", name)], Cancellation);

        listed.Ids().Should().Contain(accepted.Id, "a member lists a shared image it has accepted");
        listed.Ids().Should().NotContain(image.Id, "a member lists a shared image only once it has accepted it");
    }
}
