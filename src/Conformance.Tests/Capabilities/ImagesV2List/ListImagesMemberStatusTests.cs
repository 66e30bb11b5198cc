using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class ListImagesMemberStatusTests : ConformanceTestBase
{
    [ConformanceTest("A member listing with member_status=pending and visibility=shared MUST see an image shared with it that it has not accepted yet.",
        IdempotentId = "id-3fa50be4-8e38-4c02-a8db-7811bb780122", Operation = "GET /v2/images")]
    public async Task ListImages_MemberStatusPending_IncludesPendingSharedImage()
    {
        var alt = As(Persona.AltMember);
        if (Session.Settings.Personas[Persona.AltMember].ProjectId is not { } project)
        {
            Assert.Ignore("project unknown: sharing names the member by project id, and the credentials of AltMember do not say it");
            return;
        }
        var image = await TestImages.CreateAsync(Cancellation, r => r["visibility"] = "shared");
        var members = new MembersClient(Session.TransportFor(Persona.Member, TestContext.CurrentContext.Test.ID));
        var added = await members.CreateImageMemberAsync(image.Id, project, Cancellation);
        added.Status.Should().BeInRange(200, 299, "sharing the image with the other project is the arrangement ({0})", added);

        var listed = await alt.Images.ListAllAsync([new("member_status", "pending"), new("visibility", "shared")], Cancellation);

        listed.Ids().Should().Contain(image.Id, "member_status=pending MUST list the shared images the member has not accepted yet");
        listed.Should().OnlyContain(i => i.Text("visibility") == "shared", "visibility=shared MUST list only shared images");
    }
}
