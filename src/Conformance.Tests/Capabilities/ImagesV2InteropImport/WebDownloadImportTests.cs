using System.Diagnostics;

namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>
/// web-download imports, from the user's source (<c>--web-download-url</c>, which any cloud that reaches it can fetch)
/// or, for a cloud on this host, from the suite's own source on 127.0.0.1 (the reference Glance allows
/// <see cref="SuiteSettings.LoopbackSourcePorts"/>); see <see cref="WebDownloadSources"/>.
/// </summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.6")]
[Persona(Persona.Member)]
public sealed class WebDownloadImportTests : ConformanceTestBase
{
    private const string WebDownload = "web-download";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [ConformanceTest("A web-download import from a reachable URL MUST answer 202, and the image MUST become active with the size, checksum and data served there.",
        IdempotentId = "id-f6feb7a4-b04f-4706-a011-206129f83e62", Operation = Operations.ImageImport)]
    public async Task ImportImage_WebDownload_BecomesActiveWithServedData()
    {
        Require.ImportMethod(WebDownload);
        await using var source = WebDownloadSources.Open(Session.Settings, () => TestImages.RandomData(TestImages.RandomSize(1_024, 8_192)));
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.ImportImageAsync(image.Id, WebDownloadRequest(source.Uri), Cancellation);

        Requirements.ImportSourceAccepted(response.Status, source.Uri.ToString());
        response.ShouldHaveStatus(202, "an import runs after the answer: it MUST be accepted with 202");
        var imported = await WaitForOutcomeAsync(image.Id);
        imported.Text("status").Should().Be("active", "the import of a reachable source MUST make the image active ({0})", imported.ToJsonString());
        imported.Size().Should().Be(source.Size, "size MUST be the number of bytes served");
        using var downloaded = new HashingSinkStream();
        (await Images.DownloadImageDataToAsync(image.Id, downloaded, Cancellation)).ShouldHaveStatus(200, "an imported image MUST download");
        downloaded.Bytes.Should().Be(source.Size, "an imported image MUST download as many bytes as were served");
        downloaded.Sha256().Should().Be(source.Sha256, "an imported image MUST download exactly the bytes served (SHA-256)");
        imported.Text("checksum").Should().Be(downloaded.Md5(), "checksum MUST be the md5 of the image's data");
    }

    [ConformanceTest("A web-download import from a URL that serves nothing MUST be accepted with 202 and then record the failure: the store in 'os_glance_failed_import' and the image back in 'queued'.",
        IdempotentId = "id-c52f6a77-f522-4411-8dbe-9d14f2b1ba6b", Operation = Operations.ImageImport)]
    public async Task ImportImage_WebDownloadUnservedUrl_RecordsFailedStore()
    {
        Require.ImportMethod(WebDownload);
        // A failed import is recorded per named store: the default writable one.
        var store = Require.WritableStores(1)[0];
        await using var source = WebDownloadSources.Open(Session.Settings, () => TestImages.RandomData(16));
        var image = await TestImages.CreateAsync(Cancellation);
        // Beside the source, at a random name: a server that serves the source serves nothing there.
        var request = WebDownloadRequest(new Uri(source.Uri, $"conformance-nothing-here-{Guid.NewGuid():N}"));
        request["stores"] = new JsonArray(store);

        var response = await Images.ImportImageAsync(image.Id, request, Cancellation);

        Requirements.ImportSourceAccepted(response.Status, source.Uri.ToString());
        response.ShouldHaveStatus(202, "the source is fetched after the answer, so the import MUST be accepted");
        var failed = await WaitForOutcomeAsync(image.Id);
        (failed.Text("os_glance_failed_import") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries)
            .Should().Contain(store, "a store the data never reached MUST be listed in 'os_glance_failed_import' ({0})", failed.ToJsonString());
        failed.Text("status").Should().Be("queued", "an image whose only import failed has no data, so it MUST be queued again");
    }

    [ConformanceTest("A web-download import whose URI is not an http or https URL MUST answer 400 and leave the image queued.",
        Operation = Operations.ImageImport)]
    public async Task ImportImage_WebDownloadNotAUrl_Answers400()
    {
        Require.ImportMethod(WebDownload);
        var image = await TestImages.CreateAsync(Cancellation);
        var request = ImagesClient.ImportRequest(WebDownload);
        request["method"]!["uri"] = "no-scheme.invalid/image.raw";

        var response = await Images.ImportImageAsync(image.Id, request, Cancellation);

        response.ShouldHaveStatus(400, "web-download fetches from a web address; a URI without a scheme is a bad request");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "a refused import MUST leave the image as it was");
    }

    private static JsonObject WebDownloadRequest(Uri uri)
    {
        var request = ImagesClient.ImportRequest(WebDownload);
        request["method"]!["uri"] = uri.ToString();
        return request;
    }

    // A web-download starts from 'queued' and may stay there a moment before 'importing'; it ends active,
    // or queued again with the failure recorded.
    private async Task<JsonObject> WaitForOutcomeAsync(string imageId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var image = (await Images.ShowImageAsync(imageId, Cancellation)).ShouldHaveStatus(200, "the importing image MUST be shown").JsonObject;
            var done = image.Text("status") is not ("queued" or "uploading" or "importing")
                || !string.IsNullOrEmpty(image.Text("os_glance_failed_import"));
            if (done || clock.Elapsed >= ImageImports.Deadline)
            {
                return image;
            }
            await Task.Delay(PollInterval, Cancellation);
        }
    }
}
