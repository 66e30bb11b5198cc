namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.0")]
[Persona(Persona.InvalidToken)]
public sealed class InvalidTokenTests : ConformanceTestBase
{
    [ConformanceTest("A request with a token that no identity service issued MUST be refused with 401.",
        Operation = Operations.ImageList)]
    public async Task ListImages_WithInvalidToken_Answers401()
    {
        var response = await Images.ListImagesAsync([], Cancellation);

        response.ShouldHaveStatus(401, "a token is accepted only when the identity service vouches for it");
    }
}
