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

    [Test]
    public async Task Write_DataReportsBesideTheAllureChain_NeitherWaitsForTheOther()
    {
        // The data writer finishes only once the Allure writer has started: written one after the other, this would hang.
        var allureStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var data = new RecordingWriter("data.txt", async () => await allureStarted.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        var allure = new RecordingWriter("allure.txt", () => { allureStarted.SetResult(); return Task.CompletedTask; });

        var reports = await new ReportSet([data], [allure], null).WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        reports.Files.Select(Path.GetFileName).Should().Equal("data.txt", "allure.txt");
    }

    [Test]
    public async Task Write_AllureWriters_RunInTheirOrder()
    {
        var order = new List<string>();
        var first = new RecordingWriter("first.txt", () => { order.Add("first"); return Task.Delay(50); });
        var second = new RecordingWriter("second.txt", () => { order.Add("second"); return Task.CompletedTask; });

        await new ReportSet([], [first, second], null).WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        order.Should().Equal("first", "second");
    }

    private sealed class RecordingWriter(string fileName, Func<Task> work) : IReportWriter
    {
        public async Task<IReadOnlyList<string>> WriteAsync(Conformance.Runner.Results.RunResult run, string outputDirectory, CancellationToken cancellationToken)
        {
            await work();
            return [Path.Combine(outputDirectory, fileName)];
        }
    }
}
