using Conformance.Runner.Certification;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Reporting;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

/// <summary>The verdict in the reports: in the first lines of summary.md, and in results.json with what it was reached from.</summary>
public sealed class CertificationReportTests : OutputDirectoryTest
{
    private static RunResult JudgedRun()
    {
        var run = Run(false, Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Failed, "expected 204"));
        return run with { Certification = CertificationJudge.Judge(Compute(), run, []) };
    }

    [Test]
    public async Task Summary_SaysTheVerdictInItsFirstLines()
    {
        await new MarkdownWriter().WriteAsync(JudgedRun(), Output.Path, CancellationToken.None);
        var lines = await File.ReadAllLinesAsync(Output.File(MarkdownWriter.FileName));

        lines.Take(3).Should().Contain("**Verdict: non-compliant**: guideline fixture.2020.06, OpenStack Powered Compute: required image tests 1/2 passed, capabilities 1/2");
        var text = string.Join('\n', lines);
        text.Should().Contain("- Images part, required: capabilities 1/2, tests 1/2 passed, 1 flagged (not counted)")
            .And.Contain("- Out of scope (other services, not tested here): keystone 1 capabilities (1 required, 1 tests), nova 1 capabilities (1 required, 2 tests)")
            .And.Contain($"- {DeleteTest} (images-v2-delete): failed: expected 204")
            .And.Contain($"| `{FlaggedTest}` | images-v2-delete | required (flagged) | not-in-suite | - |");
    }

    [Test]
    public async Task ResultsJson_KeepsTheCertificationWithWordsForEnums()
    {
        var run = JudgedRun();

        await new JsonResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        var text = await File.ReadAllTextAsync(Output.File(JsonResultsWriter.FileName));
        var back = await JsonResultsReader.ReadAsync(Output.File(JsonResultsWriter.FileName), CancellationToken.None);

        text.Should().Contain("\"verdict\": \"non-compliant\"").And.Contain("\"outcome\": \"not-in-suite\"").And.Contain("\"status\": \"required\"");
        back.Certification!.Verdict.Should().Be(Verdict.NonCompliant);
        back.Certification.Tests.Should().HaveCount(run.Certification!.Tests.Count);
        back.Certification.Figures.Should().Equal(run.Certification.Figures);
    }
}
