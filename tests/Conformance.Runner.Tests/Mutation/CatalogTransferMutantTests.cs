using Conformance.ImagesApi.Http;
using Conformance.Mutation;
using FluentAssertions;
using NUnit.Framework;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on refused uploads and partial or empty downloads, on canned exchanges.</summary>
public sealed class CatalogTransferMutantTests
{
    private static readonly byte[] Part = "lo, w"u8.ToArray();

    [Test, CoversMutant("upload-active-409-to-200")]
    public void UploadActive409To200_Conflict_Answers200()
    {
        var response = Canned.Json(409, """{"message": "Image status transition from active to saving is not allowed"}""");

        Named("upload-active-409-to-200").MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(200);
    }

    [Test, CoversMutant("upload-wrong-type-415-to-200")]
    public void UploadWrongType415To200_Unsupported_Answers200()
    {
        var response = Canned.Json(415, """{"message": "The request media type text/plain is not supported by this server."}""");

        Named("upload-wrong-type-415-to-200").MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(200);
    }

    [Test, CoversMutant("upload-over-cap-413-to-204")]
    public void UploadOverCap413To204_TooLarge_Answers204()
    {
        var response = Canned.Json(413, """{"message": "The incoming image is too large"}""");

        Named("upload-over-cap-413-to-204").MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(204);
    }

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

    [Test, CoversMutant("download-range-past-end-416-to-206")]
    public void DownloadRangePastEnd416To206_NotSatisfiable_Answers206()
    {
        var response = Canned.Json(416, """{"message": "The Range requested is not available."}""");

        Named("download-range-past-end-416-to-206").MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(206);
    }

    [Test, CoversMutant("download-no-data-204-to-200")]
    public void DownloadNoData204To200_NoContent_Answers200()
    {
        var response = Canned.Empty(204);
        var mutant = Named("download-no-data-204-to-200");

        mutant.MutateResponse(response).Should().BeTrue();
        response.Status.Should().Be(200);
        mutant.Operation.Should().Be(new ApiOperation("GET", Routes.ImageFile));
    }
}
