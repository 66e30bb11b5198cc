using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class SortDirectionFlipMutantTests
{
    private static readonly SortDirectionFlipMutant Mutant = new("m", "d", new("GET", Routes.Images));

    [TestCase("sort_dir=desc", "sort_dir=asc")]
    [TestCase("sort=name%3Adesc%2Ccreated_at%3Aasc", "sort=name%3Aasc%2Ccreated_at%3Adesc")]
    [TestCase("sort=name:desc,created_at:asc&limit=2", "sort=name%3Aasc%2Ccreated_at%3Adesc&limit=2")]
    [TestCase("sort=name", "sort=name%3Aasc")]
    [TestCase("sort_key=name", "sort_key=name&sort_dir=asc")]
    public void MutateRequest_SortParameters_FlipsEveryDirection(string query, string expected)
    {
        var request = Canned.Request(Mutant.Operation, "/v2/images", query);

        Mutant.MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("limit=2&name=probe")]
    public void MutateRequest_NoSortParameters_ChangesNothing(string query)
    {
        var request = Canned.Request(Mutant.Operation, "/v2/images", query);

        Mutant.MutateRequest(request).Should().BeFalse();
        request.Query.Should().Be(query);
    }
}
