namespace Conformance.Tests.Capabilities.ImagesV2Versions;

[Capability(CapabilityNames.ImagesV2Versions)]
[MinApiVersion("2.0")]
[Persona(Persona.Anonymous)]
public sealed class ListVersionsTests : ConformanceTestBase
{
    private VersionsClient Versions => new(TransportAs(Persona.Anonymous));

    [ConformanceTest("GET /versions MUST answer 200 without credentials, listing the API versions with exactly one CURRENT among them.",
        IdempotentId = "id-659ea30a-a17c-4317-832c-0f68ed23c31d", Operation = Operations.VersionsList)]
    public async Task ListVersions_WithoutCredentials_Answers200WithOneCurrent()
    {
        var response = await Versions.ListVersionsAsync(Cancellation);

        response.ShouldHaveStatus(200, "the versions document MUST be served at /versions");
        var versions = VersionsOf(response.JsonObject);
        versions.Should().NotBeEmpty("the versions document MUST list the versions the endpoint offers");
        versions.Where(v => v.Status == "CURRENT").Should().ContainSingle("exactly one version MUST be CURRENT");
    }

    [ConformanceTest("GET / MUST answer 300 Multiple Choices with the same versions as /versions.",
        Operation = Operations.VersionsRoot)]
    public async Task ListVersionsAtRoot_Answers300WithTheSameVersions()
    {
        var expected = VersionsOf((await Versions.ListVersionsAsync(Cancellation))
            .ShouldHaveStatus(200, "the versions document at /versions is the reference").JsonObject);

        var response = await Versions.ListVersionsAtRootAsync(Cancellation);

        response.ShouldHaveStatus(300, "the root of the endpoint MUST offer its versions as multiple choices");
        VersionsOf(response.JsonObject).Should().Equal(expected, "the root MUST offer the same versions as /versions");
    }

    private static List<(string? Id, string? Status)> VersionsOf(JsonObject document) =>
        (document["versions"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(v => (v["id"]?.ToString(), v["status"]?.ToString())).ToList();
}
