namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ImageTagsTests : ConformanceTestBase
{
    [ConformanceTest("Adding a tag MUST answer 204 and store it on the image; deleting it MUST answer 204 and remove it.",
        IdempotentId = "id-10407036-6059-4f95-a2cd-cbbbee7ed329", Operation = Operations.ImageTagAdd)]
    public async Task AddThenDeleteTag_TagStoredThenRemoved()
    {
        // The positive control: a tag the image keeps, which the image must still show after the delete.
        var kept = "conformance-kept-" + Guid.NewGuid().ToString("N")[..12];
        var image = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(kept));
        var tag = "conformance-" + Guid.NewGuid().ToString("N")[..12];

        var added = await Images.AddImageTagAsync(image.Id, tag, Cancellation);
        var afterAdd = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the tagged image MUST be shown").JsonObject;
        var deleted = await Images.DeleteImageTagAsync(image.Id, tag, Cancellation);
        var afterDelete = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the untagged image MUST be shown").JsonObject;

        added.ShouldHaveStatus(204, "adding a tag MUST answer 204");
        afterAdd.Tags().Should().Contain(tag, "an added tag MUST be stored on the image");
        deleted.ShouldHaveStatus(204, "deleting a tag MUST answer 204");
        afterDelete.Tags().Should().Contain(kept, "deleting one tag MUST leave the image's other tags");
        afterDelete.Tags().Should().NotContain(tag, "a deleted tag MUST be gone from the image");
    }

    [ConformanceTest("Adding a tag to an image that does not exist MUST answer 404.",
        IdempotentId = "id-8cd30f82-6f9a-4c6e-8034-c1b51fba43d9", Operation = Operations.ImageTagAdd)]
    public async Task AddTag_NonExistentImage_Answers404()
    {
        var response = await Images.AddImageTagAsync(Guid.NewGuid().ToString(), "conformance", Cancellation);

        response.ShouldHaveStatus(404, "an image that does not exist cannot be tagged");
    }
}
