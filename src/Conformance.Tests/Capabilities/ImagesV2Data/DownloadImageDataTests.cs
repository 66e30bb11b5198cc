namespace Conformance.Tests.Capabilities.ImagesV2Data;

[Capability(CapabilityNames.ImagesV2Data)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class DownloadImageDataTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A download with a single Range bytes=a-b MUST answer 206 with exactly bytes a to b and Content-Range bytes a-b/size.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_SingleRange_Answers206WithThoseBytes()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);
        var (first, last) = (data.Length / 4, data.Length / 2);

        var response = await Images.DownloadRangeAsync(Require, image.Id, $"bytes={first}-{last}", Cancellation);

        response.ShouldHaveStatus(206, "a satisfiable single range MUST be answered with partial content");
        response.Body.Should().Equal(data[first..(last + 1)], "a range download MUST return exactly the bytes asked for, both ends included");
        response.Header("Content-Range").Should().Be($"bytes {first}-{last}/{data.Length}",
            "Content-Range MUST name the part sent and the size of the whole image");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A download whose Range starts at or past the end of the data MUST answer 416.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_RangePastEnd_Answers416()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);

        // Not gated on random access: Glance judges a range against the image's size before it reads the store.
        var response = await Images.DownloadImageDataAsync(image.Id, Cancellation, range: $"bytes={data.Length}-{data.Length + 99}");

        response.ShouldHaveStatus(416, $"byte {data.Length} is past the last byte ({data.Length - 1}): the range cannot be satisfied");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A download of an image that has no data MUST answer 204 with an empty body.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_NoData_Answers204Empty()
    {
        var image = await SharedAsync(SharedImageKinds.Queued);

        var response = await Images.DownloadImageDataAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(204, "a queued image has no data to send");
        response.Body.Should().BeEmpty("a 204 answer has no body");
    }
}
