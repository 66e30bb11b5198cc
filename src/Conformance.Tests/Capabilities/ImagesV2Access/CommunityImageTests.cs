namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
[ReadsSharedImages(nameof(CommunityOfOtherProject))]
public sealed class CommunityImageTests : ConformanceTestBase
{
    [ConformanceTest("A default list MUST NOT include another project's community image (community images are listed only when asked for), while it includes the caller's own image of that name.",
        Operation = Operations.ImageList)]
    public async Task ListImages_OtherProjectsCommunityImage_NotListedByDefault()
    {
        var community = await OtherProjectsCommunityImageAsync();
        var name = community.Body.Text("name")!;
        // The positive control: an image of the caller's own project with the same name, which the list must hold.
        var own = await TestImages.CreateAsync(Cancellation, r => r["name"] = name);

        var listed = await Images.ListAllAsync([new("name", name)], Cancellation);

        listed.Ids().Should().Contain(own.Id, "a list filtered by name MUST include the caller's own image of that name");
        listed.Ids().Should().NotContain(community.Id, "a community image of another project is left out of a list unless visibility=community is asked for");
    }

    [ConformanceTest("A list filtered by visibility=community MUST include another project's community image.",
        Operation = Operations.ImageList)]
    public async Task ListImages_VisibilityCommunity_HoldsOtherProjectsCommunityImage()
    {
        var community = await OtherProjectsCommunityImageAsync();

        var listed = await Images.ListAllAsync([new("visibility", "community"), new("name", community.Body.Text("name")!)], Cancellation);

        listed.Ids().Should().Contain(community.Id, "a community image is offered to every project that asks for community images");
    }

    // Read, never changed, by both tests here; the alternate member must be configured before it is made.
    private static readonly SharedImageKind<CreatedImage> CommunityOfOtherProject = new("other-project-community", Persona.AltMember, async (_, images, ct) =>
    {
        var image = await images.CreateAsync(ct, r => r["visibility"] = "community");
        image.Body.Text("visibility").Should().Be("community", "the arrangement is a community image ({0})", image.Response);
        return image;
    });

    private Task<CreatedImage> OtherProjectsCommunityImageAsync()
    {
        Require.Persona(Persona.AltMember);
        return SharedAsync(CommunityOfOtherProject);
    }
}
