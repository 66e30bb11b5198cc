namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Member)]
public sealed class UpdateImageRefusedAttributeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("Adding an attribute in the reserved os_glance_ namespace to an image MUST answer 403.",
        IdempotentId = "id-a0ae75d4-ce9c-4576-b823-aba04c8acabd", Operation = Operations.ImageUpdate)]
    [MinApiVersion("2.12")] // the whole os_glance_ namespace is reserved since Wallaby (API 2.12)
    public async Task UpdateImage_AddReservedOsGlanceAttribute_Answers403()
    {
        var response = await PatchRefusalTargetAsync(JsonPatch.Add("/os_glance_conformance", "x"));

        response.ShouldHaveStatus(403, "attributes named os_glance_* are reserved to the cloud");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("Replacing a read-only attribute such as status MUST answer 403.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceReadOnlyStatus_Answers403()
    {
        var response = await PatchRefusalTargetAsync(JsonPatch.Replace("/status", "active"));

        response.ShouldHaveStatus(403, "status is read-only: only the server sets it");
    }

    [ConformanceTest("Replacing an image's id MUST answer 403.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_ReplaceId_Answers403()
    {
        // Its own image: a cloud that wrongly accepts a new id would move a shared target away from its other readers.
        var response = await TestImages.UpdateNewImageAsync(JsonPatch.Replace("/id", Guid.NewGuid().ToString()), Cancellation);

        response.ShouldHaveStatus(403, "an image's id is read-only once the image exists");
    }
}
