using System.Diagnostics;

namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.6")]
[Persona(Persona.Member)]
public sealed class GlanceDirectImportTests : ConformanceTestBase
{
    [ConformanceTest("Staging data of a queued image MUST answer 204 and put the image in status 'uploading'.",
        Operation = Operations.ImageStage)]
    public async Task StageImageData_QueuedImage_Answers204AndUploading()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.StageImageDataAsync(image.Id, TestImages.RandomData(TestImages.RandomSize(1_024, 4_096)), Cancellation);

        response.ShouldHaveStatus(204, "staging data MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the staged image MUST be shown").JsonObject;
        shown.Text("status").Should().Be("uploading", "an image whose data is staged and not yet imported is uploading");
    }

    [ConformanceTest("A glance-direct import of staged data MUST answer 202, and the image MUST become active with the size, checksum and os_hash_value of that data and download it byte for byte.",
        IdempotentId = "id-32ca0c20-e16f-44ac-8590-07869c9b4cc2", Operation = Operations.ImageImport)]
    public async Task ImportImage_GlanceDirect_BecomesActiveWithStagedData()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        var data = TestImages.RandomData(TestImages.RandomSize(1_024, 8_192));
        var image = await TestImages.CreateAsync(Cancellation);
        (await Images.StageImageDataAsync(image.Id, data, Cancellation)).ShouldHaveStatus(204, "staging the data is the arrangement");

        var response = await Images.ImportImageAsync(image.Id, ImagesClient.ImportRequest(ImageImports.GlanceDirect), Cancellation);

        response.ShouldHaveStatus(202, "an import runs after the answer: it MUST be accepted with 202");
        var imported = await Images.WaitWhileImportingAsync(image.Id, Cancellation);
        imported.Text("status").Should().Be("active", "an accepted glance-direct import MUST make the image active within {0} s ({1})",
            ImageImports.Deadline.TotalSeconds, imported.ToJsonString());
        imported.Size().Should().Be(data.Length, "size MUST be the number of bytes staged");
        imported.Text("checksum").Should().Be(DataHashes.Md5(data), "checksum MUST be the md5 of the staged data");
        var downloaded = (await Images.DownloadImageDataAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "an imported image MUST download");
        downloaded.Body.Should().Equal(data, "an imported image MUST download exactly the bytes staged");
        // Import (2.6) is older than multihash (2.7): os_hash_value is checked where the cloud has it.
        if (Require.Applies("2.7"))
        {
            imported.Text("os_hash_value").Should().Be(DataHashes.OsHashValue(imported, data), "os_hash_value MUST be the {0} hash of the staged data", imported.Text("os_hash_algo"));
        }
    }
}
