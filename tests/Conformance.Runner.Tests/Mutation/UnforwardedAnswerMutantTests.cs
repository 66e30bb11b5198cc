using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class UnforwardedAnswerMutantTests
{
    [Test]
    public void MutateRequest_AnyRequest_AnswersLocallyWithTheStatusAndNoBody()
    {
        var mutant = new UnforwardedAnswerMutant("m", "d", new("DELETE", Routes.Image), 204);
        var request = Canned.Request(mutant.Operation, "/v2/images/x");

        mutant.MutateRequest(request).Should().BeTrue();

        request.LocalAnswer.Should().NotBeNull();
        request.LocalAnswer!.Status.Should().Be(204);
        request.LocalAnswer.Body.Should().BeEmpty();
    }
}
