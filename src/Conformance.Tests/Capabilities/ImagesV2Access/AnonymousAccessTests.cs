namespace Conformance.Tests.Capabilities.ImagesV2Access;

[Capability(CapabilityNames.ImagesV2Access)]
[MinApiVersion("2.0")]
[Persona(Persona.Anonymous)]
public sealed class AnonymousAccessTests : ConformanceTestBase
{
    [ConformanceTest("A request without credentials MUST be refused with 401.",
        Operation = Operations.ImageList)]
    public async Task ListImages_WithoutCredentials_Answers401()
    {
        var response = await Images.ListImagesAsync([], Cancellation);

        response.ShouldHaveStatus(401, "the Images API serves only authenticated callers");
    }
}
