namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>Stage and import requests the API must refuse, and what the refusal leaves behind.</summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.6")]
[Persona(Persona.Member)]
public sealed class ImportErrorTests : ConformanceTestBase
{
    [ConformanceTest("Staging data for an image that is already active MUST answer 409 and leave its data unchanged.",
        Operation = Operations.ImageStage)]
    public async Task StageImageData_ActiveImage_Answers409()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        var data = TestImages.RandomData(TestImages.RandomSize(512, 2_048));
        var image = await TestImages.CreateActiveAsync(data, Cancellation);

        var response = await Images.StageImageDataAsync(image.Id, TestImages.RandomData(data.Length), Cancellation);

        response.ShouldHaveStatus(409, "only an image without data can be staged: an active image MUST refuse it");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("active", "a refused stage MUST leave the image active");
        shown.Text("checksum").Should().Be(DataHashes.Md5(data), "a refused stage MUST NOT change the image's data");
    }

    [ConformanceTest("An import by a method the cloud does not offer MUST answer 400 and leave the image queued.",
        Operation = Operations.ImageImport)]
    public async Task ImportImage_MethodNotOffered_Answers400()
    {
        var offered = Session.Features?.ImportMethods ?? [];
        var method = "conformance-no-such-method";
        offered.Should().NotContain(method, "the test needs a method name no cloud offers");
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.ImportImageAsync(image.Id, ImagesClient.ImportRequest(method), Cancellation);

        response.ShouldHaveStatus(400, $"'{method}' is not among the offered import methods ({string.Join(", ", offered)})");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "a refused import MUST leave the image as it was");
    }

    [ConformanceTest("A glance-direct import of an image whose data was not staged MUST answer 409 and leave the image queued.",
        Operation = Operations.ImageImport)]
    public async Task ImportImage_GlanceDirectNotStaged_Answers409()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.ImportImageAsync(image.Id, ImagesClient.ImportRequest(ImageImports.GlanceDirect), Cancellation);

        response.ShouldHaveStatus(409, "glance-direct imports staged data: without any, the image is in no state to import");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "a refused import MUST leave the image as it was");
    }

    [ConformanceTest("An import of an image that does not exist MUST answer 404.",
        Operation = Operations.ImageImport)]
    public async Task ImportImage_NonExistentImage_Answers404()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        var missing = Guid.NewGuid().ToString();

        var response = await Images.ImportImageAsync(missing, ImagesClient.ImportRequest(ImageImports.GlanceDirect), Cancellation);

        response.ShouldHaveStatus(404, "there is no image to import into");
    }
}
