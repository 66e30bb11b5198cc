namespace Conformance.Tests.Capabilities.ImagesV2Members;

[Capability(CapabilityNames.ImagesV2Members)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class AddMemberTests : SharingTestBase
{
    [ConformanceTest("Adding a project that is already a member of the image MUST answer 409.",
        Operation = Operations.MemberCreate)]
    public async Task CreateImageMember_AlreadyMember_Answers409()
    {
        var (image, project) = await ShareWithAltMemberAsync();

        var response = await MembersAs(Persona.Member).CreateImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(409, "a project is a member of an image at most once");
    }

    [ReadsSharedImages(nameof(RefusalTargets.PrivateMemberRefusals))]
    [ConformanceTest("Adding a member to a private image MUST answer 403: only shared images have members.",
        Operation = Operations.MemberCreate)]
    public async Task CreateImageMember_PrivateImage_Answers403()
    {
        var image = await SharedAsync(RefusalTargets.PrivateMemberRefusals);
        var project = ProjectOf(Persona.AltMember);

        var response = await MembersAs(Persona.Member).CreateImageMemberAsync(image.Id, project, Cancellation);

        response.ShouldHaveStatus(403, "a private image cannot be shared; its visibility must be shared first");
    }
}
