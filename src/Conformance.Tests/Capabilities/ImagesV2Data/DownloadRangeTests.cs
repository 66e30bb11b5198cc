namespace Conformance.Tests.Capabilities.ImagesV2Data;

/// <summary>Range forms beyond a plain a-b range: the last bytes, from a byte to the end, several ranges at once.</summary>
[Capability(CapabilityNames.ImagesV2Data)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class DownloadRangeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A download with a suffix Range bytes=-n MUST answer 206 with exactly the last n bytes and Content-Range bytes (size-n)-(size-1)/size.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_SuffixRange_Answers206WithLastBytes()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);
        var count = data.Length / 3;

        var response = await Images.DownloadRangeAsync(Require, image.Id, $"bytes=-{count}", Cancellation);

        response.ShouldHaveStatus(206, "a satisfiable suffix range MUST be answered with partial content");
        response.Body.Should().Equal(data[^count..], "a suffix range MUST return the last {0} bytes of the data", count);
        response.Header("Content-Range").Should().Be($"bytes {data.Length - count}-{data.Length - 1}/{data.Length}",
            "Content-Range MUST name the last {0} bytes and the size of the whole image", count);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A download with an open Range bytes=a- MUST answer 206 with every byte from a to the end and Content-Range bytes a-(size-1)/size.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_OpenRange_Answers206ToTheEnd()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);
        var first = data.Length / 2;

        var response = await Images.DownloadRangeAsync(Require, image.Id, $"bytes={first}-", Cancellation);

        response.ShouldHaveStatus(206, "a satisfiable open range MUST be answered with partial content");
        response.Body.Should().Equal(data[first..], "an open range MUST return every byte from {0} to the end", first);
        response.Header("Content-Range").Should().Be($"bytes {first}-{data.Length - 1}/{data.Length}",
            "Content-Range MUST name the part from byte {0} to the last byte and the size of the whole image", first);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    [ConformanceTest("A download whose Range asks for several ranges at once MUST answer 400.",
        Operation = Operations.ImageFileDownload)]
    public async Task DownloadImageData_MultipleRanges_Answers400()
    {
        var (image, data) = await SharedAsync(SharedImageKinds.Active);

        // Not gated on random access: the Range header is refused before the store is read.
        var response = await Images.DownloadImageDataAsync(image.Id, Cancellation, range: "bytes=0-9,100-199");

        response.ShouldHaveStatus(400, "the Images API serves one range per request: a multi-range request MUST be refused");
    }
}
