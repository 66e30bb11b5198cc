namespace Conformance.Tests.Capabilities.ImagesV2Data;

[Capability(CapabilityNames.ImagesV2Data)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class MissingImageDataTests : ConformanceTestBase
{
    [ConformanceTest("A download of an image that does not exist MUST answer 404.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_NonExistentImage_Answers404()
    {
        var missing = Guid.NewGuid().ToString();

        var response = await Images.DownloadImageDataAsync(missing, Cancellation);

        response.ShouldHaveStatus(404, "there is no image, so there is no data to download");
    }

    [ConformanceTest("An upload to an image that does not exist MUST answer 404.",
        Operation = Operations.ImageFileUpload)]
    public async Task UploadImageData_NonExistentImage_Answers404()
    {
        var missing = Guid.NewGuid().ToString();

        var response = await Images.UploadImageDataAsync(missing, TestImages.RandomData(512), Cancellation);

        response.ShouldHaveStatus(404, "data can only be uploaded to an image that exists");
    }
}
