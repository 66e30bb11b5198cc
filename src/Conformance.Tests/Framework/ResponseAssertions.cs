using Conformance.ImagesApi.Http;
using FluentAssertions;

namespace Conformance.Tests.Framework;

/// <summary>Assertions on a whole response whose failure message shows what the server answered.</summary>
public static class ResponseAssertions
{
    public static ApiResponse ShouldHaveStatus(this ApiResponse response, int expected, string requirement)
    {
        response.Status.Should().Be(expected, "{0}; the server answered {1}", requirement, response);
        return response;
    }
}
