using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;

namespace Conformance.Runner.Tests.Reporting;

public sealed class ReportSetTests : OutputDirectoryTest
{
    [Test]
    public async Task Write_WithoutCli_WritesEveryDataReportAndSaysWhyNoHtml()
    {
        var reports = await ReportSet.Standard(Output.File("missing-tools")).WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        reports.Files.Select(Path.GetFileName).Should().Contain(["results.json", "junit.xml", "summary.md", "environment.properties", "categories.json"]);
        reports.Files.Count(f => f.EndsWith("-result.json", StringComparison.Ordinal)).Should().Be(5);
        reports.Files.Should().OnlyContain(f => File.Exists(f));
        reports.Html.IsRendered.Should().BeFalse();
        reports.Html.Reason.Should().StartWith("allure CLI not installed");
        File.Exists(Output.File(AllureHtmlRenderer.FileName)).Should().BeFalse();
    }

    [Test]
    public async Task Write_WithNoRenderer_StillWritesTheRest()
    {
        var reports = await ReportSet.Standard(null).WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        reports.Files.Should().NotBeEmpty();
        reports.Html.Reason.Should().Contain("npm ci --prefix tools/allure");
    }
}
