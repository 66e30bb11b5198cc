using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on image data upload and download, on canned exchanges.</summary>
public sealed class CatalogDataMutantTests
{
    private static readonly byte[] Data = "hello, world"u8.ToArray();

    [Test, CoversMutant("download-wrong-content-md5")]
    public void DownloadWrongContentMd5_Download_HasTheEmptyMd5()
    {
        var response = Canned.Bytes(200, Data, ("Content-Md5", "6f5902ac237024bdd0c176cb93063dc4"));

        Named("download-wrong-content-md5").MutateResponse(response).Should().BeTrue();
        response.Headers.Get("Content-Md5").Should().Be("d41d8cd98f00b204e9800998ecf8427e");
        response.Body.Should().Equal(Data);
    }

    [Test, CoversMutant("download-flips-one-byte")]
    public void DownloadFlipsOneByte_Download_DiffersInOneByte()
    {
        var response = Canned.Bytes(200, Data);

        Named("download-flips-one-byte").MutateResponse(response).Should().BeTrue();
        response.Body.Should().HaveCount(Data.Length).And.NotEqual(Data);
    }

    [Test, CoversMutant("download-truncated")]
    public void DownloadTruncated_Download_IsHalfAsLong()
    {
        var response = Canned.Bytes(200, Data);

        Named("download-truncated").MutateResponse(response).Should().BeTrue();
        response.Body.Should().Equal(Data[..6]);
        Canned.ContentLength(response).Should().Be(6);
    }
}
