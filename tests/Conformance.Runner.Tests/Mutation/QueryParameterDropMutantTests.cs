using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class QueryParameterDropMutantTests
{
    private static readonly QueryParameterDropMutant Mutant = new("m", "d", new("GET", Routes.Images), "size_min");

    [Test]
    public void MutateRequest_ParameterPresent_RemovesEveryOccurrenceAndKeepsTheRestAsSent()
    {
        var request = Canned.Request(Mutant.Operation, Routes.Images, "limit=2&size_min=1&name=a%20b&size%5Fmin=3&sort=x");

        Mutant.MutateRequest(request).Should().BeTrue();

        request.Query.Should().Be("limit=2&name=a%20b&sort=x");
        request.Path.Should().Be(Routes.Images);
        request.Method.Should().Be("GET");
    }

    [Test]
    public void MutateRequest_ParameterAbsent_ChangesNothing()
    {
        var request = Canned.Request(Mutant.Operation, Routes.Images, "limit=2&size_max=9");

        Mutant.MutateRequest(request).Should().BeFalse();
        request.Query.Should().Be("limit=2&size_max=9");
    }

    [Test]
    public void MutateRequest_ParameterWithoutValue_IsRemovedToo()
    {
        var request = Canned.Request(Mutant.Operation, Routes.Images, "size_min&limit=1");

        Mutant.MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("limit=1");
    }
}
