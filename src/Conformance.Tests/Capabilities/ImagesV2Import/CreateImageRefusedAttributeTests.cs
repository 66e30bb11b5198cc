namespace Conformance.Tests.Capabilities.ImagesV2Import;

[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class CreateImageRefusedAttributeTests : ConformanceTestBase
{
    [ConformanceTest("Creating an image with an attribute in the reserved os_glance_ namespace MUST answer 403.",
        IdempotentId = "id-e3fb7df8-2742-4143-8976-f1b26870f0a0", Operation = Operations.ImageCreate)]
    [MinApiVersion("2.12")] // the whole os_glance_ namespace is reserved since Wallaby (API 2.12)
    public async Task CreateImage_ReservedOsGlanceAttribute_Answers403()
    {
        var response = await TestImages.TryCreateWithAsync("os_glance_conformance", "x", Cancellation);

        response.ShouldHaveStatus(403, "attributes named os_glance_* are reserved to the cloud");
    }

    [ConformanceTest("Creating an image with a read-only attribute such as status MUST answer 403.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_ReadOnlyStatus_Answers403()
    {
        var response = await TestImages.TryCreateWithAsync("status", "active", Cancellation);

        response.ShouldHaveStatus(403, "status is read-only: only the server sets it");
    }

    [ConformanceTest("Creating an image with a read-only checksum MUST answer 403.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_ReadOnlyChecksum_Answers403()
    {
        var response = await TestImages.TryCreateWithAsync("checksum", "d41d8cd98f00b204e9800998ecf8427e", Cancellation);

        response.ShouldHaveStatus(403, "checksum is read-only: only the server computes it from the data");
    }
}
