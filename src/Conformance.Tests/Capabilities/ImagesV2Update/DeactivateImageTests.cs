namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.3")]
[Persona(Persona.Member)]
public sealed class DeactivateImageTests : ConformanceTestBase
{
    [ConformanceTest("Deactivating an active image MUST answer 204 and leave it deactivated, its data refused to a non-admin download with 403.",
        IdempotentId = "id-951ebe01-969f-4ea9-9898-8a3f1f442ab0", Operation = Operations.ImageDeactivate)]
    public async Task DeactivateImage_ActiveImage_Answers204AndDownloadRefused()
    {
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(64), Cancellation);

        var response = await Images.DeactivateImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(204, "deactivating an active image MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "a deactivated image MUST still be shown");
        shown.JsonObject.Text("status").Should().Be("deactivated", "a deactivated image MUST have status deactivated");
        (await Images.DownloadImageDataAsync(image.Id, Cancellation))
            .ShouldHaveStatus(403, "the data of a deactivated image MUST NOT be downloaded by a non-admin");
    }

    [ConformanceTest("Reactivating a deactivated image MUST answer 204 and make it active again, its data downloadable byte for byte.",
        Operation = Operations.ImageReactivate)]
    public async Task ReactivateImage_DeactivatedImage_Answers204AndDownloadWorks()
    {
        var data = TestImages.RandomData(64);
        var image = await TestImages.CreateActiveAsync(data, Cancellation);
        (await Images.DeactivateImageAsync(image.Id, Cancellation)).ShouldHaveStatus(204, "deactivating is the arrangement of this test");

        var response = await Images.ReactivateImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(204, "reactivating a deactivated image MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "a reactivated image MUST be shown");
        shown.JsonObject.Text("status").Should().Be("active", "a reactivated image MUST be active again");
        var download = (await Images.DownloadImageDataAsync(image.Id, Cancellation))
            .ShouldHaveStatus(200, "the data of a reactivated image MUST be downloadable again");
        download.Body.Should().Equal(data, "a reactivated image MUST keep its data");
    }
}
