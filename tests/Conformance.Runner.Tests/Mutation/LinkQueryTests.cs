using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class LinkQueryTests
{
    [TestCase("/v2/images?limit=2&marker=a", "/v2/images?limit=2")]
    [TestCase("/v2/images?marker=a", "/v2/images")]
    [TestCase("/v2/images?limit=2", "/v2/images?limit=2")]
    public void Without_Marker_RemovesOnlyIt(string link, string expected) =>
        LinkQuery.Without(link, "marker").Should().Be(expected);

    [TestCase("/v2/images?limit=2&marker=a&tag=t", "/v2/images?limit=2&marker=b%20c&tag=t")]
    [TestCase("/v2/images?limit=2", "/v2/images?limit=2&marker=b%20c")]
    [TestCase("/v2/images", "/v2/images?marker=b%20c")]
    public void With_Marker_ReplacesInPlaceOrAddsLast(string link, string expected) =>
        LinkQuery.With(link, "marker", "b c").Should().Be(expected);
}
