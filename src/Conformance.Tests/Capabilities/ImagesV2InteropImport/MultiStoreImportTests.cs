namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>glance-direct imports that name their stores: every store, or some of them.</summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.8")]
[Persona(Persona.Member)]
public sealed class MultiStoreImportTests : ConformanceTestBase
{
    private InfoClient Info => new(TransportAs(Persona.Member));

    [ConformanceTest("A glance-direct import with all_stores true MUST answer 202, and the image MUST become active with its data in every store.",
        IdempotentId = "id-bf04ff00-3182-47cb-833a-f1c6767b47fd", Operation = Operations.ImageImport)]
    public async Task ImportImage_GlanceDirectAllStores_ActiveInEveryStore()
    {
        var stores = StoresOrSkip();
        var data = TestImages.RandomData(TestImages.RandomSize(512, 4_096));
        var image = await StagedImageAsync(data);
        var request = ImagesClient.ImportRequest(ImageImports.GlanceDirect);
        request["all_stores"] = true;

        var response = await Images.ImportImageAsync(image, request, Cancellation);

        response.ShouldHaveStatus(202, "an import to every store MUST be accepted with 202");
        var imported = await Images.WaitForStoresAsync(image, stores, Cancellation);
        imported.Text("status").Should().Be("active", "the import MUST make the image active ({0})", imported.ToJsonString());
        ImageStores.StoresOf(imported).Should().BeEquivalentTo(stores, "all_stores MUST put the data in every store the cloud has");
        imported.Text("checksum").Should().Be(DataHashes.Md5(data), "checksum MUST be the md5 of the staged data");
    }

    [ConformanceTest("A glance-direct import with a 'stores' list MUST answer 202, and the image MUST become active in exactly those stores.",
        IdempotentId = "id-82fb131a-dd2b-11ea-aec7-340286b6c574", Operation = Operations.ImageImport)]
    public async Task ImportImage_GlanceDirectSpecificStores_ActiveInThoseStores()
    {
        var writable = StoresOrSkip();
        var listed = (await Info.ListStoresAsync(Cancellation)).ShouldHaveStatus(200, "listing the stores is the arrangement");
        // The stores other than the default: an import that ignored the list would land in the default one instead.
        var chosen = (listed.JsonObject["stores"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(s => !IsDefault(s)).Select(s => s.Text("id")).OfType<string>().Where(writable.Contains).ToList();
        chosen.Should().NotBeEmpty("a cloud with several stores has one that is not the default ({0})", listed.Text);
        var data = TestImages.RandomData(TestImages.RandomSize(512, 4_096));
        var image = await StagedImageAsync(data);
        var request = ImagesClient.ImportRequest(ImageImports.GlanceDirect);
        request["stores"] = new JsonArray([.. chosen.Select(s => JsonValue.Create(s))]);

        var response = await Images.ImportImageAsync(image, request, Cancellation);

        response.ShouldHaveStatus(202, "an import to named stores MUST be accepted with 202");
        var imported = await Images.WaitForStoresAsync(image, chosen, Cancellation);
        imported.Text("status").Should().Be("active", "the import MUST make the image active ({0})", imported.ToJsonString());
        ImageStores.StoresOf(imported).Should().BeEquivalentTo(chosen, "the data MUST go to the stores named, and only to them");
    }

    private IReadOnlyList<string> StoresOrSkip()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        // A read-only store (http) is never an import target, and all_stores leaves it out.
        return Require.WritableStores(2);
    }

    private async Task<string> StagedImageAsync(byte[] data)
    {
        var image = await TestImages.CreateAsync(Cancellation);
        (await Images.StageImageDataAsync(image.Id, data, Cancellation)).ShouldHaveStatus(204, "staging the data is the arrangement");
        return image.Id;
    }

    // Glance writes the flag as the string "true"; a JSON true means the same.
    private static bool IsDefault(JsonObject store) => store["default"] is JsonValue flag
        && ((flag.TryGetValue<bool>(out var b) && b)
            || (flag.TryGetValue<string>(out var s) && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase)));
}
