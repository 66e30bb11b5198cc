using Conformance.Runner.Reporting.Allure;

namespace Conformance.Runner.Tests.Reporting;

public sealed class AllureHtmlRendererTests : OutputDirectoryTest
{
    [Test]
    public async Task Render_MissingCli_SaysHowToInstallInsteadOfThrowing()
    {
        var renderer = new AllureHtmlRenderer(Output.File("no-such-tools"));

        var result = await renderer.RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.IsRendered.Should().BeFalse();
        result.Reason.Should().StartWith("allure CLI not installed: run npm ci --prefix ");
    }

    [Test]
    public async Task Render_WrittenResults_MakeOneSelfContainedHtmlFile()
    {
        var tools = AllureToolsDirectory.Find(TestContext.CurrentContext.TestDirectory);
        if (tools is null || !File.Exists(AllureToolsDirectory.CliPath(tools)))
        {
            Assert.Ignore($"allure CLI not installed: run npm ci --prefix {AllureToolsDirectory.RelativePath}");
        }
        var run = SampleRun.Create();
        await new AllureResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None);

        var result = await new AllureHtmlRenderer(tools).RenderAsync(run, Output.Path, CancellationToken.None);

        result.Reason.Should().BeNull();
        result.ReportPath.Should().Be(Output.File(AllureHtmlRenderer.FileName));
        Directory.GetFileSystemEntries(Output.Path).Select(Path.GetFileName)
            .Should().BeEquivalentTo(AllureResultsWriter.DirectoryName, AllureHtmlRenderer.FileName);
        var html = await File.ReadAllTextAsync(result.ReportPath!);
        html.Should().Contain(AllureHtmlRenderer.ReportName(run))
            .And.Contain("data:text/javascript;base64,")
            .And.NotContain("googletagmanager")
            .And.NotContainAny("src=\"http", "href=\"http", "src='http");
        // The transcripts travel inside the file, base64-encoded with the rest of the report's data;
        // 30 bytes encode to 40 characters that do not depend on what follows them.
        var transcriptStart = "GET https://glance.example.test:9292/v2/images?limit=2\n"u8.ToArray()[..30];
        html.Should().Contain(Convert.ToBase64String(transcriptStart));
    }

    [Test]
    public async Task Render_RenderFails_GivesItsLastLineAsReason()
    {
        var tools = FakeRender("console.log('starting'); console.error('boom: results unreadable'); process.exit(3);");
        await new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        var result = await new AllureHtmlRenderer(tools).RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.Reason.Should().Be("the allure render exited with 3: boom: results unreadable");
    }

    [Test]
    public async Task Render_RenderOverruns_IsStoppedAndSaysSo()
    {
        var tools = FakeRender("setTimeout(() => {}, 30000);");
        await new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        var result = await new AllureHtmlRenderer(tools, TimeSpan.FromMilliseconds(300)).RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.Reason.Should().StartWith("the allure render did not finish within");
    }

    [Test]
    public async Task Render_StartedAhead_TakesTheProcessThatWaited()
    {
        // The script fails on purpose with the time its process started (ms since the epoch): the failure carries it.
        var tools = FakeRender("process.stdin.on('data', () => { console.error(`started ${Math.round(Date.now() - process.uptime() * 1000)}`); process.exit(5); });");
        await new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        AllureRenderProcess.StartAhead(tools);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var rendering = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var result = await new AllureHtmlRenderer(tools).RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.Reason.Should().MatchRegex(@"^the allure render exited with 5: started \d+$");
        long.Parse(result.Reason!.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(rendering,
            "the render used the process started ahead, not one started when the results were ready");
    }

    /// <summary>A tools directory as npm ci leaves it (the CLI's launcher) whose render script is the JavaScript the test needs.</summary>
    private string FakeRender(string script)
    {
        if (!NodeIsInstalled())
        {
            Assert.Ignore("Node.js is not installed: the render script runs on it (scripts/test installs it)");
        }
        var tools = Output.File("fake-tools");
        var cli = AllureToolsDirectory.CliPath(tools);
        Directory.CreateDirectory(Path.GetDirectoryName(cli)!);
        File.WriteAllText(cli, string.Empty);
        File.WriteAllText(Path.Combine(tools, AllureRenderProcess.ScriptName), script + "\n");
        return tools;
    }

    private static bool NodeIsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "node")));
}
