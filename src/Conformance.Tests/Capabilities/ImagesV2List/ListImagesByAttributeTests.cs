namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesByAttributeTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by status MUST return only images with that status.",
        IdempotentId = "id-7fc9e369-0f58-4d05-9aa5-0969e2d59d15", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByStatus_ReturnsOnlyThatStatus()
    {
        var active = await SharedAsync(SharedImageKinds.Active);
        var queued = await SharedAsync(SharedImageKinds.Queued);

        await Images.ShouldFilterAsync([new("status", "active")], i => i.Text("status") == "active",
            active.Id, queued.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Private), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by visibility MUST return only images with that visibility.",
        IdempotentId = "id-7a95bb92-d99e-4b12-9718-7bc6ab73e6d2", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByVisibility_ReturnsOnlyThatVisibility()
    {
        var priv = await SharedAsync(SharedImageKinds.Private);
        // The counter-example: the shared queued image, created with the default visibility ('shared' since API 2.5).
        var other = await SharedAsync(SharedImageKinds.Queued);
        if (other.Body.Text("visibility") is "private" or null)
        {
            Skip.Because(SkipKind.NotPractical, "the member's images are created private (the default before API 2.5): no image of another visibility to tell the filter from no filter");
        }

        await Images.ShouldFilterAsync([new("visibility", "private")], i => i.Text("visibility") == "private",
            priv.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.SecondFormats), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by container_format MUST return only images with that container format.",
        IdempotentId = "id-9959ca1d-1aa7-4b7a-a1ea-0fff0499b37e", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByContainerFormat_ReturnsOnlyThatFormat()
    {
        var formats = Require.DistinctContainerFormats(2);
        var wanted = (await SharedAsync(SharedImageKinds.SecondFormats)).OfContainer;
        var other = await SharedAsync(SharedImageKinds.Queued);

        await Images.ShouldFilterAsync([new("container_format", formats[1])], i => i.Text("container_format") == formats[1],
            wanted.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.SecondFormats), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by disk_format MUST return only images with that disk format.",
        IdempotentId = "id-4a4735a7-f22f-49b6-b0d9-66e1ef7453eb", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByDiskFormat_ReturnsOnlyThatFormat()
    {
        var formats = Require.DistinctDiskFormats(2);
        var wanted = (await SharedAsync(SharedImageKinds.SecondFormats)).OfDisk;
        var other = await SharedAsync(SharedImageKinds.Queued);

        await Images.ShouldFilterAsync([new("disk_format", formats[1])], i => i.Text("disk_format") == formats[1],
            wanted.Id, other.Id, Cancellation);
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Active), nameof(SharedImageKinds.Queued))]
    [ConformanceTest("A list filtered by name MUST return only images with exactly that name.",
        IdempotentId = "id-55c8f5f5-bfed-409d-a6d5-4caeda985d7b", Operation = Operations.ImageList)]
    public async Task ListImages_FilteredByName_ReturnsOnlyThatName()
    {
        var named = await SharedAsync(SharedImageKinds.Queued);
        var other = await SharedAsync(SharedImageKinds.Active);
        var name = named.Body.Text("name")!;

        await Images.ShouldFilterAsync([new("name", name)], i => i.Text("name") == name, named.Id, other.Id, Cancellation);
    }
}
