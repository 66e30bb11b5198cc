namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>Copying an image to a second store needs an admin under Glance's default policy, and so does deleting it from one.</summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.10")]
[Persona(Persona.Admin)]
public sealed class DeleteFromStoreTests : ConformanceTestBase
{
    [ConformanceTest("Deleting an image from one of its stores MUST answer 204 and leave the image active in its other stores only.",
        IdempotentId = "id-1ecec683-41d4-4470-a0df-54969ec74514", Operation = Operations.StoreImageDelete)]
    public async Task DeleteImageFromStore_CopiedImage_Answers204AndStoreIsGone()
    {
        var copy = await StoreCopy.ArrangeAsync(Require, TestImages, Images, Cancellation);
        var (image, first, second) = (copy.Image, copy.First, copy.Target);
        (await Images.ImportImageAsync(image.Id, copy.Request(), Cancellation)).ShouldHaveStatus(202, "copying to a second store is the arrangement");
        var copied = await Images.WaitForStoresAsync(image.Id, [.. first, second], Cancellation);
        ImageStores.StoresOf(copied).Should().Contain(second, "the copy to {0} is the arrangement of this test", second);

        var response = await Images.DeleteImageFromStoreAsync(second, image.Id, Cancellation);

        response.ShouldHaveStatus(204, "deleting an image from one of its stores MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST remain").JsonObject;
        ImageStores.StoresOf(shown).Should().BeEquivalentTo(first, "the image MUST be left in its other stores only");
        shown.Text("status").Should().Be("active", "the image MUST stay active in its other stores");
    }
}
