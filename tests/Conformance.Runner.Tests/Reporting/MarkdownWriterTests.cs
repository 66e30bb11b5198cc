using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

public sealed class MarkdownWriterTests : OutputDirectoryTest
{
    [Test]
    public async Task Write_Summary_HasHeaderAndCapabilityTable()
    {
        var markdown = await WriteAsync();

        markdown.Should().StartWith("# Images API conformance: interop 2020.06 (images)\n")
            .And.Contain($"| Endpoint | `{SampleRun.Endpoint}` |")
            .And.Contain($"| Run id | `{SampleRun.RunId}` |")
            .And.Contain("| Started | 2024-05-01 12:00:00 UTC |")
            .And.Contain("| Result | 5 tests: 1 passed, 1 failed, 1 error, 2 skipped |")
            .And.Contain("| Capability | Passed | Failed | Skipped | Error | Status |\n|---|---:|---:|---:|---:|---|\n"
                + "| images-create | 0 | 1 | 0 | 0 | failed |\n"
                + "| images-delete | 0 | 0 | 0 | 1 | error |\n"
                + "| images-import | 0 | 0 | 1 | 0 | skipped |\n"
                + "| images-list | 1 | 0 | 1 | 0 | passed |\n");
    }

    [Test]
    public async Task Write_FailuresAndErrors_ShowReasonAndRequirement()
    {
        var markdown = await WriteAsync();

        var failures = Section(markdown, "## Failures (1)");
        failures.Should().Contain("### CreateImage_WithName_ReturnsQueuedImage")
            .And.Contain("- Requirement: POST /v2/images MUST return 201 with an image whose status is queued.")
            .And.Contain("```text\n" + SampleRun.SchemaFailure + "\n```");
        Section(markdown, "## Errors (1)").Should().Contain("### DeleteImage_Existing_Returns204").And.Contain("Connection refused");
    }

    [Test]
    public async Task Write_NotPassed_OneLineEachLinkedToTheAllureEntry()
    {
        var markdown = await WriteAsync();

        var lines = Section(markdown, "## Not passed, one line each").Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("- **failed** [CreateImage_WithName_ReturnsQueuedImage](allure-results/").And.Contain("-result.json) `images-create`: ");
        lines[1].Should().StartWith("- **error** [DeleteImage_Existing_Returns204](allure-results/");
        var entry = lines[0][(lines[0].IndexOf("](", StringComparison.Ordinal) + 2)..lines[0].IndexOf(')', StringComparison.Ordinal)];
        await new Conformance.Runner.Reporting.Allure.AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);
        File.Exists(Output.File(entry)).Should().BeTrue("the link names the test's own Allure result file");
    }

    [Test]
    public async Task Write_Skips_AreGroupedByReason()
    {
        var markdown = await WriteAsync();

        var skips = Section(markdown, "## Skipped (2)");
        skips.Should().Contain($"### {SampleRun.NotOffered} (1)\n\n- `ImportImage_WebDownload_Accepted` (images-import)")
            .And.Contain($"### {SampleRun.PersonaMissing} (1)\n\n- `ListImages_AllTenants_ReturnsOthersImages` (images-list)");
    }

    [Test]
    public void Render_PartialRun_SaysSo()
    {
        var markdown = MarkdownWriter.Render(SampleRun.Create() with { Partial = true });

        markdown.Should().Contain("**Partial run:**");
    }

    [Test]
    public void Fenced_TextWithBackticks_GetsALongerFence()
    {
        MarkdownText.Fenced("a ``` b").Should().Be("````text\na ``` b\n````\n");
        MarkdownText.Cell("a | b\nc").Should().Be("a \\| b c");
    }

    private async Task<string> WriteAsync()
    {
        var path = (await new MarkdownWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None)).Single();
        return await File.ReadAllTextAsync(path);
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the summary has a section '{heading}'");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
