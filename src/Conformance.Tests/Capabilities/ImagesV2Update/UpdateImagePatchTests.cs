using Bogus;

namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Member)]
public sealed class UpdateImagePatchTests : ConformanceTestBase
{
    private const string Property = "conformance_note";

    [ConformanceTest("A JSON-patch remove of a custom property MUST answer 200 with the image without it, and the property MUST stay gone.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_RemoveCustomProperty_PropertyGone()
    {
        var image = await TestImages.CreateAsync(Cancellation, r => r[Property] = new Faker().Lorem.Word());

        var updated = await Images.UpdateImageAsync(image.Id, [JsonPatch.Remove("/" + Property)], Cancellation);

        updated.ShouldHaveStatus(200, "a remove of an existing property MUST answer 200 with the image");
        updated.JsonObject.ContainsKey(Property).Should().BeFalse("the answer MUST show the image without the removed property");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the updated image MUST be shown").JsonObject;
        shown.ContainsKey(Property).Should().BeFalse("a removed property MUST stay removed");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("An image update sent as application/json instead of a JSON-patch media type MUST answer 415.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_PlainJsonMediaType_Answers415()
    {
        var image = await SharedAsync(RefusalTargets.RefusedPatches);

        var response = await Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/name", image.Body.Text("name") + "-renamed")],
            Cancellation, mediaType: "application/json");

        response.ShouldHaveStatus(415, "an update MUST be a JSON patch in the media type application/openstack-images-v2.1-json-patch");
    }
}
