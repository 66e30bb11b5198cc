namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Admin)]
public sealed class UpdateImageOwnerTests : ConformanceTestBase
{
    [ConformanceTest("An admin replacing an image's owner with another project MUST answer 200, after which the image MUST be owned by that project.",
        IdempotentId = "id-525ba546-10ef-4aad-bba1-1858095ce553", Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_OwnerAsAdmin_ImageOwnedByNewProject()
    {
        var image = await TestImages.CreateAsync(Cancellation);
        var owner = ProjectOf(Persona.AltMember);

        var updated = await Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/owner", owner)], Cancellation);

        updated.ShouldHaveStatus(200, "an admin MAY give an image to another project");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "an admin MUST be shown any image").JsonObject;
        shown.Text("owner").Should().Be(owner, "a replaced owner MUST persist");
    }

    private string ProjectOf(Persona persona)
    {
        if (!Session.Has(persona) || Session.Settings.Personas[persona].ProjectId is not { } project)
        {
            Skip.Because(SkipKind.NotPractical, $"project unknown: this test names the project of {persona} as owner, which is not configured");
            return string.Empty;
        }
        return project;
    }
}
