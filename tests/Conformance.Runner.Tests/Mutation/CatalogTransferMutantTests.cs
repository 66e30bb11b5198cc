using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on refused uploads and partial or empty downloads, on canned exchanges.</summary>
public sealed class CatalogTransferMutantTests
{
    private static readonly byte[] Part = "lo, w"u8.ToArray();

    [Test, CoversMutant("download-ignores-range")]
    public void DownloadIgnoresRange_RangedDownload_IsForwardedWithoutRange()
    {
        var mutant = Named("download-ignores-range");
        var request = Canned.Request(mutant.Operation, $"/v2/images/{Canned.ImageId}/file");
        request.Headers.Add("Range", "bytes=3-7");

        mutant.MutateRequest(request).Should().BeTrue();

        request.Headers.Contains("Range").Should().BeFalse();
        request.Headers.Get("X-Auth-Token").Should().Be("t", "only the Range header goes");
    }

    [Test, CoversMutant("download-wrong-content-range")]
    public void DownloadWrongContentRange_PartialContent_NamesTheWholeImage()
    {
        var response = Canned.Bytes(206, Part, ("Content-Range", "bytes 3-7/12"));

        Named("download-wrong-content-range").MutateResponse(response).Should().BeTrue();

        response.Headers.Get("Content-Range").Should().Be("bytes 0-11/12");
        response.Body.Should().Equal(Part);
    }

    [Test]
    public void DownloadWrongContentRange_WholeImageAlreadyNamed_ChangesNothing()
    {
        var response = Canned.Bytes(206, Part, ("Content-Range", "bytes 0-4/5"));

        MutantCatalog.Find("download-wrong-content-range")!.MutateResponse(response).Should().BeFalse();
        response.Headers.Get("Content-Range").Should().Be("bytes 0-4/5");
    }
}
