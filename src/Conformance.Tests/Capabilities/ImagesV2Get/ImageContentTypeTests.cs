namespace Conformance.Tests.Capabilities.ImagesV2Get;

[Capability(CapabilityNames.ImagesV2Get)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ImageContentTypeTests : ConformanceTestBase
{
    [ConformanceTest("Every image document MUST be answered with Content-Type application/json: the create answer, the image shown, the list and an update.",
        Operation = Operations.ImageShow)]
    public async Task ImageDocuments_AnsweredAsJson()
    {
        var image = await TestImages.CreateAsync(Cancellation);

        var shown = await Images.ShowImageAsync(image.Id, Cancellation);
        var listed = await Images.ListImagesAsync([new("name", image.Body.Text("name")!)], Cancellation);
        var updated = await Images.UpdateImageAsync(image.Id, [JsonPatch.Add("/conformance_note", "json")], Cancellation);

        image.Response.ShouldHaveMediaType("application/json", "a created image MUST be answered as JSON");
        shown.ShouldHaveStatus(200, "the image MUST be shown").ShouldHaveMediaType("application/json", "an image shown MUST be answered as JSON");
        listed.ShouldHaveStatus(200, "the list MUST answer 200").ShouldHaveMediaType("application/json", "a list of images MUST be answered as JSON");
        updated.ShouldHaveStatus(200, "the update MUST answer 200").ShouldHaveMediaType("application/json", "an updated image MUST be answered as JSON");
    }
}
