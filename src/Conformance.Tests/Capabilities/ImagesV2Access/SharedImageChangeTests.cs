using Conformance.Tests.Capabilities.ImagesV2Members;

namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class SharedImageChangeTests : SharingTestBase
{
    [ConformanceTest("A member of a shared image MUST NOT be able to change it: the update MUST answer 403 and leave the image as it was.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_SharedImageByMember_Answers403()
    {
        var (image, _) = await ShareAcceptedWithAltMemberAsync();
        var alt = As(Persona.AltMember);

        var response = await alt.Images.UpdateImageAsync(image.Id, [JsonPatch.Add("/x_member_note", "changed by a member")], Cancellation);

        response.ShouldHaveStatus(403, "only the owner of an image may change it; sharing grants use, not ownership");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the owner MUST still see its image").JsonObject;
        shown.ContainsKey("x_member_note").Should().BeFalse("a refused update MUST NOT change the image ({0})", shown.ToJsonString());
    }

    [ConformanceTest("A member of a shared image MUST NOT be able to delete it: the delete MUST answer 403 and the image MUST remain.",
        Operation = Operations.ImageDelete)]
    public async Task DeleteImage_SharedImageByMember_Answers403()
    {
        var (image, _) = await ShareAcceptedWithAltMemberAsync();
        var alt = As(Persona.AltMember);

        var response = await alt.Images.DeleteImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(403, "only the owner of an image may delete it; sharing grants use, not ownership");
        (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "a refused delete MUST leave the image in place");
    }
}
