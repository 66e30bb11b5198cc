using Conformance.ImagesApi.Recording;
using Conformance.Runner.Reporting.Transcripts;

namespace Conformance.Runner.Tests.Reporting;

public sealed class CurlCommandTests
{
    [TestCase("X-Auth-Token", "OS_TOKEN")]
    [TestCase("x-auth-token", "OS_TOKEN")]
    [TestCase("X-Service-Token", "OS_SERVICE_TOKEN")]
    [TestCase("Authorization", "OS_AUTHORIZATION")]
    public void PlaceholderVariable_NamesAShellVariable(string header, string variable) =>
        CurlCommand.PlaceholderVariable(header).Should().Be(variable);

    [Test]
    public void For_RedactedHeader_BecomesAVariableInDoubleQuotes()
    {
        var curl = CurlCommand.For(Exchange([new("X-Auth-Token", Redactor.Placeholder), new("Accept", "application/json")]));

        curl.Should().Be("curl -sS -i -X GET 'https://glance.example.test/v2/images' -H \"X-Auth-Token: $OS_TOKEN\" -H 'Accept: application/json'");
    }

    [Test]
    public void For_ValueWithShellCharacters_StaysLiteral()
    {
        var curl = CurlCommand.For(Exchange([new("X-Image-Meta-Name", "$(rm -rf /) it's `x`")]));

        curl.Should().EndWith("-H 'X-Image-Meta-Name: $(rm -rf /) it'\\''s `x`'");
    }

    [Test]
    public void For_PartlyRedactedValue_IsNotMistakenForAPlaceholder()
    {
        var curl = CurlCommand.For(Exchange([new("X-Openstack-Request-Id", "req-***")]));

        curl.Should().EndWith("-H 'X-Openstack-Request-Id: req-***'");
    }

    private static HttpExchange Exchange(IReadOnlyList<KeyValuePair<string, string>> headers) => new()
    {
        Method = "GET",
        Url = "https://glance.example.test/v2/images",
        Operation = "GET /v2/images",
        RequestHeaders = headers,
    };
}
