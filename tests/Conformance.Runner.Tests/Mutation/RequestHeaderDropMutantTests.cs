using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class RequestHeaderDropMutantTests
{
    private static readonly RequestHeaderDropMutant Mutant = new("m", "d", new("GET", Routes.ImageFile), "Range");

    [Test]
    public void MutateRequest_HeaderPresent_RemovesEveryValueWhateverItsCase()
    {
        var request = Canned.Request(Mutant.Operation, $"/v2/images/{Canned.ImageId}/file");
        request.Headers.Add("range", "bytes=0-1");
        request.Headers.Add("RANGE", "bytes=4-5");

        Mutant.MutateRequest(request).Should().BeTrue();

        request.Headers.Contains("Range").Should().BeFalse();
        request.Headers.Entries.Select(h => h.Key).Should().Equal("Host", "Accept", "X-Auth-Token");
    }

    [Test]
    public void MutateRequest_HeaderAbsent_ChangesNothing()
    {
        var request = Canned.Request(Mutant.Operation, $"/v2/images/{Canned.ImageId}/file");

        Mutant.MutateRequest(request).Should().BeFalse();
        request.Headers.Entries.Should().HaveCount(3);
    }

    [Test]
    public void MutateResponse_AnyResponse_ChangesNothing()
    {
        var response = Canned.Bytes(206, [1, 2], ("Content-Range", "bytes 0-1/9"));

        Mutant.MutateResponse(response).Should().BeFalse();
        response.Status.Should().Be(206);
    }
}
