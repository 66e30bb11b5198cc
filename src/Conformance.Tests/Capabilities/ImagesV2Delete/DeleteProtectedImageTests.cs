namespace Conformance.Tests.Capabilities.ImagesV2Delete;

[Capability(CapabilityNames.ImagesV2Delete)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class DeleteProtectedImageTests : ConformanceTestBase
{
    [ConformanceTest("Deleting a protected image MUST answer 403, and the image MUST remain.",
        IdempotentId = "id-ab980a34-8410-40eb-872b-f264752f46e5", Operation = Operations.ImageDelete)]
    public async Task DeleteImage_ProtectedImage_Answers403AndImageRemains()
    {
        var image = await TestImages.CreateAsync(Cancellation, r => r["protected"] = true);
        // Pushed after the delete TestImages scheduled, so it runs first: a protected image cannot be deleted.
        Cleanup.Push($"protection of image {image.Id}",
            ct => Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/protected", false)], ct));
        image.Body["protected"]?.GetValue<bool>().Should().BeTrue("the arrangement creates a protected image ({0})", image.Response);

        var response = await Images.DeleteImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(403, "a protected image MUST NOT be deleted");
        (await Images.ShowImageAsync(image.Id, Cancellation))
            .ShouldHaveStatus(200, "a protected image MUST still be there after a refused delete");
    }
}
