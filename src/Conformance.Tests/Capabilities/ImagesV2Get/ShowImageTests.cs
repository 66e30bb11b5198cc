namespace Conformance.Tests.Capabilities.ImagesV2Get;

[Capability(CapabilityNames.ImagesV2Get)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ShowImageTests : ConformanceTestBase
{
    [ConformanceTest("A deleted image MUST answer 404 both to a show and to a second delete.",
        IdempotentId = "id-e57fc127-7ba0-4693-92d7-1d8a05ebcba9", Operation = Operations.ImageShow)]
    public async Task ShowImage_Deleted_Answers404ToShowAndDelete()
    {
        var image = await TestImages.CreateAsync(Cancellation);
        (await Images.DeleteImageAsync(image.Id, Cancellation)).ShouldHaveStatus(204, "deleting the image is the arrangement");

        var shown = await Images.ShowImageAsync(image.Id, Cancellation);
        var deletedAgain = await Images.DeleteImageAsync(image.Id, Cancellation);

        shown.ShouldHaveStatus(404, "a deleted image MUST NOT be shown");
        deletedAgain.ShouldHaveStatus(404, "a deleted image MUST NOT be deleted twice");
    }

    [ConformanceTest("Showing an image with an empty id MUST answer 404.",
        IdempotentId = "id-ef45000d-0a72-4781-866d-4cb7bf2562ad", Operation = Operations.ImageShow)]
    public async Task ShowImage_EmptyId_Answers404()
    {
        var response = await Images.ShowImageAsync(string.Empty, Cancellation);

        response.ShouldHaveStatus(404, "no image has an empty id");
    }

    [ConformanceTest("Showing an image that does not exist MUST answer 404.",
        IdempotentId = "id-668743d5-08ad-4480-b2b8-15da34f81d9f", Operation = Operations.ImageShow)]
    public async Task ShowImage_NonExistent_Answers404()
    {
        var response = await Images.ShowImageAsync(Guid.NewGuid().ToString(), Cancellation);

        response.ShouldHaveStatus(404, "an image that was never created cannot be shown");
    }
}
