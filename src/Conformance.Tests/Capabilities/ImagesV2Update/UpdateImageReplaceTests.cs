namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Member)]
public sealed class UpdateImageReplaceTests : ConformanceTestBase
{
    private const string Property = "conformance_note";

    [ConformanceTest("A JSON-patch replace of a custom property MUST answer 200 with the new value, and the new value MUST persist.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceCustomProperty_NewValuePersists()
    {
        var image = await TestImages.CreateAsync(Cancellation, r => r[Property] = "before");

        var updated = await Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/" + Property, "after")], Cancellation);

        updated.ShouldHaveStatus(200, "a replace of an existing property MUST answer 200 with the image");
        updated.JsonObject.Text(Property).Should().Be("after", "the answer MUST show the replaced value");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the updated image MUST be shown").JsonObject;
        shown.Text(Property).Should().Be("after", "a replaced value MUST persist");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("A JSON-patch replace of a property the image does not have MUST answer 409.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceMissingProperty_Answers409()
    {
        // A name of its own: a remove of a missing property that a broken cloud accepts must not touch this one.
        var response = await PatchRefusalTargetAsync(JsonPatch.Replace("/conformance_absent_replaced", "x"));

        response.ShouldHaveStatus(409, "a property that is not there cannot be replaced (add creates it)");
    }

    [ConformanceTest("Replacing an image's visibility MUST answer 200, after which the image MUST be shown with the new visibility.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceVisibility_ShownWithNewVisibility()
    {
        var image = await TestImages.CreateAsync(Cancellation, r => r["visibility"] = "shared");

        var updated = await Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/visibility", "private")], Cancellation);

        updated.ShouldHaveStatus(200, "an owner MUST be able to change the visibility of its image");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the updated image MUST be shown").JsonObject;
        shown.Text("visibility").Should().Be("private", "a replaced visibility MUST persist");
    }
}
