namespace Conformance.Tests.Capabilities.ImagesV2Data;

[Capability(CapabilityNames.ImagesV2Data)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class UploadImageDataTests : ConformanceTestBase
{
    // The most a test uploads to get over the cap: beyond it a cloud's cap is not something to prove by upload.
    private const long LargestUpload = 1L << 30;

    [ConformanceTest("An upload to an image that already has data MUST answer 409 and leave its data unchanged.",
        Operation = Operations.ImageFileUpload)]
    public async Task UploadImageData_ActiveImage_Answers409AndKeepsData()
    {
        var data = TestImages.RandomData(TestImages.RandomSize(1_024, 4_096));
        var image = await TestImages.CreateActiveAsync(data, Cancellation);
        var other = TestImages.RandomData(data.Length);

        var response = await Images.UploadImageDataAsync(image.Id, other, Cancellation);

        response.ShouldHaveStatus(409, "image data is written once: an active image MUST refuse a second upload");
        var downloaded = (await Images.DownloadImageDataAsync(image.Id, Cancellation))
            .ShouldHaveStatus(200, "the active image MUST still download");
        downloaded.Body.Should().Equal(data, "a refused upload MUST NOT change the image's data");
    }

    [ConformanceTest("An upload whose Content-Type is not application/octet-stream MUST answer 415 and store nothing.",
        Operation = Operations.ImageFileUpload)]
    public async Task UploadImageData_NotOctetStream_Answers415()
    {
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.UploadImageDataAsync(image.Id, TestImages.RandomData(512), Cancellation, contentType: "text/plain");

        response.ShouldHaveStatus(415, "image data MUST be sent as application/octet-stream");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "a refused upload MUST leave the image without data");
    }

    [ConformanceTest("An upload larger than the cloud's image size cap MUST answer 413 and leave the image queued, without data.",
        Operation = Operations.ImageFileUpload)]
    public async Task UploadImageData_OverSizeCap_Answers413AndStaysQueued()
    {
        var cap = Require.ImageSizeCap();
        if (cap + 1 > LargestUpload)
        {
            Skip.Because(SkipKind.NotPractical, $"the image size cap ({cap} bytes) is over the {LargestUpload} bytes a test uploads at most");
        }
        var image = await TestImages.CreateAsync(Cancellation);
        var data = new byte[cap + 1];

        var response = await Images.UploadImageDataAsync(image.Id, data, Cancellation);

        response.ShouldHaveStatus(413, $"{data.Length} bytes is one byte over the image size cap of {cap}");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "an upload refused for its size MUST leave the image without data");
    }
}
