using Conformance.ImagesApi.Session;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.WebDownload;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// --web-download-url through Keystone: the reference cloud imports from the server it is given, not from the
/// suite's own loopback source, and the web-download tests pass from it.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class ReferenceCloudWebDownloadUrlTests
{
    private static readonly string[] WebDownloadTests =
        ["ImportImage_WebDownload_BecomesActiveWithServedData", "ImportImage_WebDownloadUnservedUrl_RecordsFailedStore"];

    [Test]
    public async Task Run_WithUrl_WebDownloadTestsPassFromTheGivenServer()
    {
        // A port the reference cloud's Glance lets web-download reach; the runner starts no source of its own here.
        await using var source = new StaticImageServer("127.0.0.1", LoopbackSourcePortRanges.Suite[^1], 250_000);
        var output = Path.Combine(Path.GetTempPath(), "conformance-keystone-wd-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await RunnerProcess.RunAsync(
                ["run", "--os-cloud", "member-a", "--os-cloud-alt", "member-b", "--os-cloud-admin", "admin",
                 "--capability", "images-v2-interop-import", "--web-download-url", source.Uri.ToString(), "--output", output],
                TimeSpan.FromMinutes(5), ReferenceCloud.RunnerEnvironment());

            var results = RunnerProcess.ReadResults(output);
            var tests = results["tests"]!.AsArray().OfType<JsonObject>()
                .Where(t => WebDownloadTests.Contains(t["name"]!.GetValue<string>().Split('.')[^1])).ToList();
            tests.Should().HaveCount(WebDownloadTests.Length, "{0}", run);
            tests.Should().OnlyContain(t => t["status"]!.GetValue<string>() == "passed", "{0}", run);
            source.Served.Should().BeGreaterThanOrEqualTo(2, "the runner read it once and the cloud fetched it for the import");
            results["environment"]![WebDownloadSourceResolver.FactKey]!.GetValue<string>().Should().Contain(source.Uri.ToString())
                .And.Contain(source.Sha256, "the report names the given source, not the loopback shortcut");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
