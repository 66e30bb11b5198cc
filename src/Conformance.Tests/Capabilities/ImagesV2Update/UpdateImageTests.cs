using Bogus;

namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Member)]
public sealed class UpdateImageTests : ConformanceTestBase
{
    [ConformanceTest("An image update MUST answer 200 with the changed image, and the change MUST persist.",
        IdempotentId = "id-f66891a7-a35c-41a8-b590-a065c2a1caa6", Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceNameAndAddProperty_ChangePersists()
    {
        var image = await TestImages.CreateAsync(Cancellation);
        var newName = image.Body.Text("name") + "-renamed";
        var propertyValue = new Faker().Lorem.Word();

        var updated = await Images.UpdateImageAsync(image.Id,
            [JsonPatch.Replace("/name", newName), JsonPatch.Add("/conformance_note", propertyValue)], Cancellation);

        updated.ShouldHaveStatus(200, "an update MUST answer 200 with the image");
        updated.JsonObject.Text("name").Should().Be(newName, "the answer MUST show the replaced name");
        updated.JsonObject.Text("conformance_note").Should().Be(propertyValue, "the answer MUST show the added property");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the updated image MUST be shown").JsonObject;
        shown.Text("name").Should().Be(newName, "a replaced name MUST persist");
        shown.Text("conformance_note").Should().Be(propertyValue, "an added property MUST persist");
    }
}
