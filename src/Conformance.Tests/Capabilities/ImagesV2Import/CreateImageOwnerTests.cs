namespace Conformance.Tests.Capabilities.ImagesV2Import;

[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class CreateImageOwnerTests : ConformanceTestBase
{
    [ConformanceTest("An admin creating an image with the owner of another project MUST get an image owned by that project, as the image shown and the owner's list say.",
        IdempotentId = "id-646a6eaa-135f-4493-a0af-12583021224e", Operation = Operations.ImageCreate)]
    public async Task CreateImage_OwnerOfAnotherProjectAsAdmin_ImageOwnedByIt()
    {
        var owner = ProjectOf(Persona.AltMember);
        var admin = As(Persona.Admin);
        var request = admin.TestImages.NewRequest();
        request["owner"] = owner;

        var response = await admin.Images.CreateImageAsync(request, Cancellation);
        admin.TestImages.DeleteLaterIfCreated(response);

        response.ShouldHaveStatus(201, "an admin MAY create an image for another project");
        response.JsonObject.Text("owner").Should().Be(owner, "the image MUST be owned by the project the admin named");
        // An answer can echo the request; what the server stored is what it shows and lists afterwards.
        var id = response.JsonObject.Text("id")!;
        var shown = (await admin.Images.ShowImageAsync(id, Cancellation)).ShouldHaveStatus(200, "the created image MUST be shown").JsonObject;
        shown.Text("owner").Should().Be(owner, "the stored image MUST be owned by the project the admin named");
        var listed = await As(Persona.AltMember).Images.ListAllAsync([new("name", request.Text("name")!)], Cancellation);
        listed.Where(i => i.Text("id") == id).Select(i => i.Text("owner")).Should().Equal([owner],
            "the owning project MUST list the image once, as its own");
    }

    [ConformanceTest("A project member creating an image with the owner of another project MUST be refused with 403.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_OwnerOfAnotherProjectAsMember_Answers403()
    {
        var response = await TestImages.TryCreateWithAsync("owner", ProjectOf(Persona.AltMember), Cancellation);

        response.ShouldHaveStatus(403, "a member MUST NOT create images owned by a project it is not acting for");
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
