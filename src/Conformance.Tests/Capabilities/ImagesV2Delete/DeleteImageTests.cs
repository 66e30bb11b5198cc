namespace Conformance.Tests.Capabilities.ImagesV2Delete;

[Capability(CapabilityNames.ImagesV2Delete)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class DeleteImageTests : ConformanceTestBase
{
    [ConformanceTest("Deleting an image MUST answer 204, after which the image MUST no longer be found.",
        IdempotentId = "id-f848bb94-1c6e-45a4-8726-39e3a5b23535", Operation = Operations.ImageDelete)]
    public async Task DeleteImage_OwnImage_Answers204AndImageIsGone()
    {
        // A queued image, as Tempest's test of this id deletes: an upload would cost the cloud two more quota checks.
        var image = await TestImages.CreateAsync(Cancellation);

        var deleted = await Images.DeleteImageAsync(image.Id, Cancellation);

        deleted.ShouldHaveStatus(204, "a delete of an image MUST answer 204 No Content");
        (await Images.ShowImageAsync(image.Id, Cancellation))
            .ShouldHaveStatus(404, "a deleted image MUST NOT be found any more");
    }

    [ConformanceTest("Deleting an image with an empty id MUST answer 404.",
        IdempotentId = "id-32248db1-ab88-4821-9604-c7c369f1f88c", Operation = Operations.ImageDelete)]
    public async Task DeleteImage_EmptyId_Answers404()
    {
        var response = await Images.DeleteImageAsync(string.Empty, Cancellation);

        response.ShouldHaveStatus(404, "no image has an empty id");
    }

    [ConformanceTest("Deleting an image that does not exist MUST answer 404.",
        IdempotentId = "id-6fe40f1c-57bd-4918-89cc-8500f850f3de", Operation = Operations.ImageDelete)]
    public async Task DeleteImage_NonExistent_Answers404()
    {
        var response = await Images.DeleteImageAsync(Guid.NewGuid().ToString(), Cancellation);

        response.ShouldHaveStatus(404, "an image that was never created cannot be deleted");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Queued))]
    [ConformanceTest("Deleting a tag that an image does not carry MUST answer 404.",
        IdempotentId = "id-39c023a2-325a-433a-9eea-649bf1414b19", Operation = Operations.ImageTagDelete)]
    public async Task DeleteImageTag_TagNotOnImage_Answers404()
    {
        // The run's queued image carries no tag: a conforming cloud leaves it as it is.
        var image = await SharedAsync(SharedImageKinds.Queued);

        var response = await Images.DeleteImageTagAsync(image.Id, "never-added-" + Guid.NewGuid().ToString("N"), Cancellation);

        response.ShouldHaveStatus(404, "a tag the image does not carry cannot be deleted");
    }
}
