using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Runner.Tests.Reporting;

public sealed class ReportSetTests
{
    private TempDirectory _output = null!;

    [SetUp]
    public void SetUp() => _output = new TempDirectory();

    [TearDown]
    public void TearDown() => _output.Dispose();

    [Test]
    public async Task Write_WithoutCli_WritesEveryDataReportAndSaysWhyNoHtml()
    {
        var reports = await ReportSet.Standard(_output.File("missing-tools")).WriteAsync(SampleRun.Create(), _output.Path, CancellationToken.None);

        reports.Files.Select(Path.GetFileName).Should().Contain(["results.json", "junit.xml", "summary.md", "environment.properties", "categories.json"]);
        reports.Files.Count(f => f.EndsWith("-result.json", StringComparison.Ordinal)).Should().Be(5);
        reports.Files.Should().OnlyContain(f => File.Exists(f));
        reports.Html.IsRendered.Should().BeFalse();
        reports.Html.Reason.Should().StartWith("allure CLI not installed");
        File.Exists(_output.File(AllureHtmlRenderer.FileName)).Should().BeFalse();
    }

    [Test]
    public async Task Write_WithNoRenderer_StillWritesTheRest()
    {
        var reports = await ReportSet.Standard(null).WriteAsync(SampleRun.Create(), _output.Path, CancellationToken.None);

        reports.Files.Should().NotBeEmpty();
        reports.Html.Reason.Should().Contain("npm ci --prefix tools/allure");
    }
}
