using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2Data;

[Capability(CapabilityNames.ImagesV2Data)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class DownloadHeadersTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A full download MUST answer 200 with Content-Type application/octet-stream and a Content-Length of the image's size.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_Full_OctetStreamOfItsSize()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);

        var response = await Images.DownloadImageDataAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(200, "a download of an active image MUST answer 200")
            .ShouldHaveMediaType("application/octet-stream", "image data MUST be answered as application/octet-stream");
        response.Header("Content-Length").Should().Be(data.Length.ToString(CultureInfo.InvariantCulture),
            "Content-Length MUST be the size of the image's data");
    }
}
