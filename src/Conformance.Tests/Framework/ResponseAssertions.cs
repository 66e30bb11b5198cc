using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>Assertions on a whole response whose failure message shows what the server answered.</summary>
public static class ResponseAssertions
{
    public static ApiResponse ShouldHaveStatus(this ApiResponse response, int expected, string requirement)
    {
        response.Status.Should().Be(expected, "{0}; the server answered {1}", requirement, response);
        return response;
    }

    /// <summary>The Content-Type's media type, without parameters such as <c>charset</c>, is <paramref name="expected"/>.</summary>
    public static ApiResponse ShouldHaveMediaType(this ApiResponse response, string expected, string requirement)
    {
        var contentType = response.Header("Content-Type");
        var mediaType = contentType?.Split(';', 2)[0].Trim();
        mediaType.Should().BeEquivalentTo(expected, "{0}; the server said Content-Type '{1}' ({2})", requirement, contentType ?? "(none)", response);
        return response;
    }
}
