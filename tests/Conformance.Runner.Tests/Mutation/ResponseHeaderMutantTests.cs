using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class ResponseHeaderMutantTests
{
    private static readonly ApiOperation Create = new("POST", Routes.Images);

    [Test]
    public void Drop_HeaderPresent_RemovesOnlyThatHeader()
    {
        var mutant = ResponseHeaderMutant.Drop("m", "d", Create, 201, "Location");
        var response = Canned.Json(201, Canned.ImageJson, ("location", "http://127.0.0.1:5555/v2/images/x"));

        mutant.MutateResponse(response).Should().BeTrue();

        response.Headers.Contains("Location").Should().BeFalse();
        response.Headers.Get("Content-Type").Should().Be("application/json");
        response.Headers.Get("X-Openstack-Request-Id").Should().Be("req-1");
    }

    [Test]
    public void Drop_OtherStatus_ChangesNothing()
    {
        var mutant = ResponseHeaderMutant.Drop("m", "d", Create, 201, "Location");
        var response = Canned.Json(400, "{}", ("Location", "x"));

        mutant.MutateResponse(response).Should().BeFalse();
        response.Headers.Get("Location").Should().Be("x");
    }

    [Test]
    public void Replace_HeaderPresent_SetsTheNewValueInPlace()
    {
        var mutant = ResponseHeaderMutant.Replace("m", "d", Create, 201, "Location", "elsewhere");
        var response = Canned.Json(201, "{}", ("Location", "here"));

        mutant.MutateResponse(response).Should().BeTrue();

        response.Headers.Get("Location").Should().Be("elsewhere");
        response.Headers.Entries.Select(h => h.Key).Should().Equal("Content-Type", "Location", "Content-Length", "X-Openstack-Request-Id");
    }

    [Test]
    public void Replace_HeaderAbsent_DoesNotInventIt()
    {
        var mutant = ResponseHeaderMutant.Replace("m", "d", Create, 201, "Location", "elsewhere");
        var response = Canned.Json(201, "{}");

        mutant.MutateResponse(response).Should().BeFalse();
        response.Headers.Contains("Location").Should().BeFalse();
    }

    [Test]
    public void Replace_SameValue_CountsAsNoChange()
    {
        var mutant = ResponseHeaderMutant.Replace("m", "d", Create, 201, "Location", "here");

        mutant.MutateResponse(Canned.Json(201, "{}", ("Location", "here"))).Should().BeFalse();
    }
}
