using Conformance.Runner.Tests.Support;
using Conformance.Runner.Certification;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Reporting;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Browser;

/// <summary>
/// report.html in a real browser: its scripts run from the one file (no network), and a reader sees the
/// title with the verdict, the counts, the verdict among the run's facts, and the capabilities.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class HtmlReportBrowserTests : OutputDirectoryTest
{
    [Test]
    public async Task Report_OpenedInHeadlessChromium_ShowsVerdictCountsAndCapabilities()
    {
        HeadlessChromium.Find();
        var tools = AllureToolsDirectory.Find(TestContext.CurrentContext.TestDirectory);
        if (tools is null || !File.Exists(AllureToolsDirectory.CliPath(tools)))
        {
            Assert.Ignore($"allure CLI not installed: run npm ci --prefix {AllureToolsDirectory.RelativePath}");
        }
        var sample = SampleRun.Create();
        var run = sample with
        {
            Certification = CertificationJudge.Judge(Compute(), sample with { Tests = [.. sample.Tests, Record("Ours.List", ListId, TestOutcome.Passed)] }, []),
        };
        await new AllureResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        var rendered = await new AllureHtmlRenderer(tools).RenderAsync(run, Output.Path, CancellationToken.None);
        rendered.Reason.Should().BeNull();

        var text = await HeadlessChromium.VisibleTextAsync(rendered.ReportPath!, TimeSpan.FromMinutes(1));

        text.Should().Contain($"Images API conformance: interop 2020.06 (images), run {SampleRun.RunId}: incomplete")
            .And.Contain("Total 5")
            .And.Contain("Verdict incomplete: guideline fixture.2020.06, OpenStack Powered Compute")
            .And.Contain("images-create").And.Contain("images-list");
    }

    [Test]
    public async Task Report_WithProfile_ShowsEveryFigureAndEmbedsItsChart()
    {
        HeadlessChromium.Find();
        var tools = AllureToolsDirectory.Find(TestContext.CurrentContext.TestDirectory);
        if (tools is null || !File.Exists(AllureToolsDirectory.CliPath(tools)))
        {
            Assert.Ignore($"allure CLI not installed: run npm ci --prefix {AllureToolsDirectory.RelativePath}");
        }
        var run = SampleRun.Create() with { Profile = Profile.ProfileReportsTests.Sample(withFinding: false) };
        await new AllureResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        await new Runner.Profile.ProfileAllureWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        var rendered = await new AllureHtmlRenderer(tools).RenderAsync(run, Output.Path, CancellationToken.None);
        rendered.Reason.Should().BeNull();

        var text = await HeadlessChromium.VisibleTextAsync(rendered.ReportPath!, TimeSpan.FromMinutes(1));

        // The tree shows the profile as its own group: two figures and the findings result.
        text.Should().Contain("delivery profile 3").And.Contain("Total 8");
        // The single page carries each chart itself (base64 of the SVG's opening), not a link to a file beside it.
        var html = await File.ReadAllTextAsync(rendered.ReportPath!);
        html.Should().Contain(Convert.ToBase64String("<svg xmlns"u8.ToArray())[..12]);
    }
}
