namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.5")]
[Persona(Persona.Member)]
public sealed class ListImagesByOwnerTests : ConformanceTestBase
{
    [ConformanceTest("A list filtered by owner MUST return only that owner's images.",
        IdempotentId = "id-e9a44b91-31c8-4b40-a332-e0a39ffb4dbb", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByOwner_ReturnsOnlyThatOwnersImages()
    {
        // Community images of two projects: both are listed to either project when asked for community images.
        var mine = await TestImages.CreateAsync(Cancellation, r => r["visibility"] = "community");
        var others = await As(Persona.AltMember).TestImages.CreateAsync(Cancellation, r => r["visibility"] = "community");
        var owner = mine.Body.Text("owner")!;

        await Images.ShouldFilterAsync([new("visibility", "community"), new("owner", owner)], i => i.Text("owner") == owner,
            mine.Id, others.Id, Cancellation);
    }
}
