using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Json;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>Structured findings (rule id, kind, image, field, expected, found) in results.json and summary.md.</summary>
public sealed class FindingsReportingTests : OutputDirectoryTest
{
    private static readonly TestFinding Error = new("scs-0102-prop-architecture", "error", "img-1", "Debian 12", "architecture", "MUST be one of x86_64, aarch64, risc-v", null);
    private static readonly TestFinding Advisory = new("scs-0104-image-ubuntu-2404", "advisory", null, null, "name", "an image named \"Debian 12\" SHOULD be listed", null);

    private static Conformance.Runner.Results.RunResult WithFindings() => SampleRun.Create() with
    {
        Tests = [SampleRun.Passed() with { Findings = [Advisory] }, SampleRun.Failed() with { Findings = [Error] }, SampleRun.Error()],
    };

    [Test]
    public async Task ResultsJson_FindingsPerTest_WrittenAndReadBack()
    {
        var path = (await new JsonResultsWriter().WriteAsync(WithFindings(), Output.Path, CancellationToken.None)).Single();

        var tests = JsonNode.Parse(await File.ReadAllTextAsync(path))!["tests"]!.AsArray();
        tests[1]!["findings"]![0]!["ruleId"]!.GetValue<string>().Should().Be("scs-0102-prop-architecture");
        tests[1]!["findings"]![0]!["subject"]!.GetValue<string>().Should().Be("img-1");
        tests[1]!["findings"]![0]!["field"]!.GetValue<string>().Should().Be("architecture");
        tests[1]!["findings"]![0]!["expected"]!.GetValue<string>().Should().StartWith("MUST");
        tests[2]!.AsObject().ContainsKey("findings").Should().BeFalse("a test without findings writes none");
        var read = await JsonResultsReader.ReadAsync(path, CancellationToken.None);
        read.Tests.Select(t => t.Findings.Count).Should().Equal(1, 1, 0);
        read.Tests[1].Findings.Single().Should().Be(Error);
    }

    [Test]
    public void Summary_FindingsTable_ErrorsFirst()
    {
        var markdown = MarkdownWriter.Render(WithFindings());

        markdown.Should().Contain("## Findings (2)");
        markdown.Should().Contain("| Rule id | Kind | Image | Field | Expected | Found |");
        markdown.IndexOf("| `scs-0102-prop-architecture` | error | `img-1` Debian 12 | `architecture` |", StringComparison.Ordinal)
            .Should().BeLessThan(markdown.IndexOf("| `scs-0104-image-ubuntu-2404` | advisory | (the image set) |", StringComparison.Ordinal)).And.BePositive();
    }

    [Test]
    public void Summary_NoFindings_NoSection() =>
        MarkdownWriter.Render(SampleRun.Create()).Should().NotContain("## Findings");
}
