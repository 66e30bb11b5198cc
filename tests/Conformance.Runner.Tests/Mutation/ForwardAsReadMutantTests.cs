using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class ForwardAsReadMutantTests
{
    [Test]
    public void MutateRequest_Patch_BecomesABodilessGetOfTheSamePath()
    {
        var mutant = new ForwardAsReadMutant("m", "d", new("PATCH", Routes.Image));
        var request = Canned.Request(mutant.Operation, "/v2/images/x");
        request.Headers.Add("Content-Type", "application/openstack-images-v2.1-json-patch");
        request.Headers.Add("Content-Length", "42");

        mutant.MutateRequest(request).Should().BeTrue();

        request.Method.Should().Be("GET");
        request.Path.Should().Be("/v2/images/x");
        request.ForwardBody.Should().BeFalse();
        request.Headers.Contains("Content-Type").Should().BeFalse();
        request.Headers.Contains("Content-Length").Should().BeFalse();
        request.Headers.Get("X-Auth-Token").Should().Be("t");
        request.LocalAnswer.Should().BeNull();
    }
}
