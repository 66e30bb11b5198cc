using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class RequestHeaderMutantTests
{
    private static readonly ApiOperation List = new("GET", Routes.Images);

    [Test]
    public void Replace_HeaderSentWithAnotherValue_SetsIt()
    {
        var mutant = RequestHeaderMutant.Replace("m", "d", List, "X-Roles", "admin");
        var request = Canned.Request(List, "/v2/images");
        request.Headers.Add("x-roles", "reader");

        mutant.MutateRequest(request).Should().BeTrue();
        request.Headers.Get("X-Roles").Should().Be("admin");
    }

    [Test]
    public void Replace_HeaderAbsentOrAlreadyThatValue_ChangesNothing()
    {
        var mutant = RequestHeaderMutant.Replace("m", "d", List, "X-Roles", "admin");
        var absent = Canned.Request(List, "/v2/images");
        var same = Canned.Request(List, "/v2/images");
        same.Headers.Add("X-Roles", "admin");

        mutant.MutateRequest(absent).Should().BeFalse();
        absent.Headers.Contains("X-Roles").Should().BeFalse();
        mutant.MutateRequest(same).Should().BeFalse();
    }

    [Test]
    public void AddWhenAbsent_NoneOfTheHeaders_AddsAll()
    {
        var mutant = RequestHeaderMutant.AddWhenAbsent("m", "d", List, ["X-Identity-Status"], [new("X-Identity-Status", "Confirmed"), new("X-Roles", "member")]);
        var request = Canned.Request(List, "/v2/images");

        mutant.MutateRequest(request).Should().BeTrue();
        request.Headers.Get("X-Identity-Status").Should().Be("Confirmed");
        request.Headers.Get("X-Roles").Should().Be("member");
    }

    [Test]
    public void AddWhenAbsent_OneOfTheHeadersSent_ChangesNothing()
    {
        var mutant = RequestHeaderMutant.AddWhenAbsent("m", "d", List, ["X-Identity-Status", "X-Auth-Token"], [new("X-Roles", "member")]);
        var request = Canned.Request(List, "/v2/images");

        mutant.MutateRequest(request).Should().BeFalse();
        request.Headers.Contains("X-Roles").Should().BeFalse();
    }
}
