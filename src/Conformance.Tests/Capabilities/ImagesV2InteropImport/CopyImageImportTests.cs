namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>Copying an active image's data to another store; Glance's default policy allows it to admins only.</summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.10")]
[Persona(Persona.Admin)]
public sealed class CopyImageImportTests : ConformanceTestBase
{
    [ConformanceTest("A copy-image import of an active image to another store MUST answer 202, and the image MUST stay active with its data in its first store and the new one.",
        IdempotentId = "id-9b3b644e-03d1-11eb-a036-fa163e2eaf49", Operation = Operations.ImageImport)]
    public async Task ImportImage_CopyImageToAnotherStore_InBothStores()
    {
        var copy = await StoreCopy.ArrangeAsync(Require, TestImages, Images, Cancellation);
        var (image, first, target) = (copy.Image, copy.First, copy.Target);

        var response = await Images.ImportImageAsync(image.Id, copy.Request(), Cancellation);

        response.ShouldHaveStatus(202, "a copy to another store MUST be accepted with 202");
        var copied = await Images.WaitForStoresAsync(image.Id, [.. first, target], Cancellation);
        ImageStores.StoresOf(copied).Should().BeEquivalentTo([.. first, target], "the copy MUST add store {0} and keep the first ones", target);
        copied.Text("status").Should().Be("active", "copying MUST leave the image active");
        copied.Text("checksum").Should().Be(DataHashes.Md5(copy.Data), "a copy MUST NOT change the image's data");
    }
}
