using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class StatusCodeMutantTests
{
    private static readonly StatusCodeMutant Mutant = new("m", "d", new("DELETE", Routes.Image), 204, 200);

    [Test]
    public void MutateResponse_MatchingStatus_ChangesOnlyTheStatus()
    {
        var response = Canned.Empty(204, ("Content-Type", "text/html; charset=UTF-8"));
        var headersBefore = response.Headers.Entries.ToList();

        var changed = Mutant.MutateResponse(response);

        changed.Should().BeTrue();
        response.Status.Should().Be(200);
        response.Headers.Entries.Should().Equal(headersBefore);
        response.Body.Should().BeEmpty();
    }

    [Test]
    public void MutateResponse_OtherStatus_ChangesNothing()
    {
        var response = Canned.Empty(404);

        Mutant.MutateResponse(response).Should().BeFalse();
        response.Status.Should().Be(404);
    }

    [Test]
    public void MutateRequest_AnyRequest_ChangesNothing() =>
        Mutant.MutateRequest(Canned.Request(Mutant.Operation, "/v2/images/x")).Should().BeFalse();
}
