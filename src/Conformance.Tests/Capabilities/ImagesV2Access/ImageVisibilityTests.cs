namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
[ReadsSharedImages(nameof(PrivateOfOtherProject))]
public sealed class ImageVisibilityTests : ConformanceTestBase
{
    [ConformanceTest("A list MUST NOT include another project's private image, not even when filtered by its exact name, while it includes the caller's own image of that name.",
        Operation = Operations.ImageList)]
    public async Task ListImages_OtherProjectsPrivateImage_IsNotListed()
    {
        var hidden = await OtherProjectsPrivateImageAsync();
        var name = hidden.Body.Text("name")!;
        // The positive control: an image of the caller's own project with the same name, which the list must hold.
        var own = await TestImages.CreateAsync(Cancellation, r => r["name"] = name);

        var listed = await Images.ListAllAsync([new("name", name)], Cancellation);

        listed.Ids().Should().Contain(own.Id, "a list filtered by name MUST include the caller's own image of that name");
        listed.Ids().Should().NotContain(hidden.Id, "a private image is visible only to its own project");
    }

    [ConformanceTest("Showing another project's private image MUST answer 404.",
        Operation = Operations.ImageShow)]
    public async Task ShowImage_OtherProjectsPrivateImage_Answers404()
    {
        var hidden = await OtherProjectsPrivateImageAsync();

        var response = await Images.ShowImageAsync(hidden.Id, Cancellation);

        response.ShouldHaveStatus(404, "a private image is visible only to its own project, so to others it does not exist");
    }

    // Read, never changed, by both tests here; the alternate member must be configured before it is made.
    private static readonly SharedImageKind<CreatedImage> PrivateOfOtherProject = new("other-project-private", Persona.AltMember, async (_, images, ct) =>
    {
        var image = await images.CreateAsync(ct, r => r["visibility"] = "private");
        image.Body.Text("visibility").Should().Be("private", "the arrangement is a private image ({0})", image.Response);
        return image;
    });

    private Task<CreatedImage> OtherProjectsPrivateImageAsync()
    {
        Require.Persona(Persona.AltMember);
        return SharedAsync(PrivateOfOtherProject);
    }
}
