namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.0")]
[Persona(Persona.Admin)]
public sealed class PublicImageTests : ConformanceTestBase
{
    [ConformanceTest("A project member's list filtered by visibility=public MUST include a public image an administrator published, and only public images.",
        IdempotentId = "id-f6ab4aa0-035e-4664-9f2d-c57c6df50605", Operation = Operations.ImageList)]
    public async Task ListImages_VisibilityPublic_HoldsThePublishedImage()
    {
        var published = await TestImages.CreateAsync(Cancellation, r => r["visibility"] = "public");
        published.Body.Text("visibility").Should().Be("public", "the arrangement is a public image ({0})", published.Response);

        var listed = await As(Persona.Member).Images.ListAllAsync([new("visibility", "public"), new("name", published.Body.Text("name")!)], Cancellation);

        listed.Ids().Should().Contain(published.Id, "a public image is offered to every project");
        listed.Should().OnlyContain(i => i.Text("visibility") == "public", "visibility=public MUST list only public images");
    }
}
