namespace Conformance.Tests.Capabilities.ImagesV2Members;

[Capability(CapabilityNames.ImagesV2Members)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class RemoveMemberTests : SharingTestBase
{
    [ConformanceTest("The owner removing a member MUST answer 204, after which the image MUST be neither listed nor shown to that project, while a shared image of the same name it is still a member of is listed.",
        IdempotentId = "id-72989bc7-2268-48ed-af22-8821e835c914", Operation = Operations.MemberDelete)]
    public async Task DeleteImageMember_ByOwner_Answers204AndProjectLosesTheImage()
    {
        var (image, project) = await ShareAcceptedWithAltMemberAsync();
        // The positive control: a shared image of the same name whose membership stays, which the list must hold.
        var (kept, _) = await ShareAcceptedWithAltMemberAsync(image.Body.Text("name"));
        var alt = As(Persona.AltMember);

        var response = await MembersAs(Persona.Member).DeleteImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(204, "removing a member MUST answer 204 No Content");
        var listed = await alt.Images.ListAllAsync([new("name", image.Body.Text("name")!)], Cancellation);
        listed.Ids().Should().Contain(kept.Id, "a project that is still a member MUST list that image");
        listed.Ids().Should().NotContain(image.Id, "a project that is no longer a member MUST NOT list the image");
        (await alt.Images.ShowImageAsync(image.Id, Cancellation))
            .ShouldHaveStatus(404, "a shared image is visible only to its owner and members, so to a removed member it does not exist");
    }

    [ConformanceTest("A member MUST NOT be able to remove its own membership of an image it does not own: the delete MUST answer 403.",
        Operation = Operations.MemberDelete)]
    public async Task DeleteImageMember_ByMember_Answers403()
    {
        var (image, project) = await ShareAcceptedWithAltMemberAsync();

        var response = await MembersAs(Persona.AltMember).DeleteImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(403, "only the owner of an image may remove its members");
        (await MembersAs(Persona.Member).ShowImageMemberAsync(image.Id, project, Cancellation))
            .ShouldHaveStatus(200, "a refused removal MUST leave the membership in place");
    }
}
