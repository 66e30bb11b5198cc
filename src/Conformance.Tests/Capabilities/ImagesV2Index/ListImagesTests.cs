namespace Conformance.Tests.Capabilities.ImagesV2Index;

[Capability(CapabilityNames.ImagesV2Index)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list of images without parameters MUST answer 200 with an images array that includes the caller's own images.",
        IdempotentId = "id-1e341d7a-90a9-494c-b143-2cdf2aeb6aee", Operation = Operations.ImageList)]
    public async Task ListImages_WithoutParameters_IncludesOwnImages()
    {
        var queued = await SharedAsync(SharedImageKinds.Queued);
        var active = await SharedAsync(SharedImageKinds.Active);

        // The newest images come first by default; on a large cloud the walk stops once both are seen.
        var listed = await Images.ListUntilSeenAsync([], [queued.Id, active.Id], Cancellation);

        listed.Ids().Should().Contain([queued.Id, active.Id], "a list without filters MUST include every image the caller owns");
        listed.Ids().Should().OnlyHaveUniqueItems("a list MUST NOT repeat an image across its pages");
    }
}
