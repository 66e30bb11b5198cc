namespace Conformance.Tests.Capabilities.ImagesV2Import;

[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class CreateImageIdTests : ConformanceTestBase
{
    [ConformanceTest("Creating an image with a supplied id MUST answer 201 with an image that has exactly that id.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_WithSuppliedId_UsesThatId()
    {
        var id = Guid.NewGuid().ToString();
        var response = await TestImages.TryCreateWithAsync("id", id, Cancellation);

        response.ShouldHaveStatus(201, "a create with a well-formed unused id MUST succeed");
        response.JsonObject.Text("id").Should().Be(id, "an image created with a supplied id MUST have that id");
    }

    [ConformanceTest("Creating an image with the id of an existing image MUST answer 409.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_DuplicateId_Answers409()
    {
        var existing = await TestImages.CreateAsync(Cancellation);
        var response = await TestImages.TryCreateWithAsync("id", existing.Id, Cancellation);

        response.ShouldHaveStatus(409, "an image id MUST be unique, so a create with an id in use MUST conflict");
    }
}
