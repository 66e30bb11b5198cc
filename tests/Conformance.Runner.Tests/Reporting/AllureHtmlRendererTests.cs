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
    public async Task Render_CliFails_GivesItsLastLineAsReason()
    {
        var tools = FakeCli("echo 'starting' ; echo 'boom: results unreadable' >&2 ; exit 3");
        await new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        var result = await new AllureHtmlRenderer(tools).RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.Reason.Should().Be("allure generate exited with 3: boom: results unreadable");
    }

    [Test]
    public async Task Render_CliOverruns_IsStoppedAndSaysSo()
    {
        var tools = FakeCli("sleep 30");
        await new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        var result = await new AllureHtmlRenderer(tools, TimeSpan.FromMilliseconds(300)).RenderAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        result.Reason.Should().StartWith("allure generate did not finish within");
    }

    /// <summary>A tools directory whose allure launcher is a shell script doing what the test needs.</summary>
    private string FakeCli(string script)
    {
        var tools = Output.File("fake-tools");
        var cli = AllureToolsDirectory.CliPath(tools);
        Directory.CreateDirectory(Path.GetDirectoryName(cli)!);
        File.WriteAllText(cli, "#!/bin/sh\n" + script + "\n");
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the fake CLI is a POSIX shell script");
        }
        else
        {
            File.SetUnixFileMode(cli, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return tools;
    }
}
