using Conformance.Runner.Certification;
using Conformance.Runner.Terminal;
using Conformance.Runner.Tests.Certification;
using Conformance.Runner.Tests.Reporting;
using Spectre.Console;

namespace Conformance.Runner.Tests.Terminal;

[NonParallelizable] // it swaps the process-wide console
public sealed class RunSummaryViewTests
{
    private static string[] VerdictLines(Conformance.Runner.Results.RunResult result)
    {
        var previous = AnsiConsole.Console;
        using var writer = new StringWriter();
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No });
        try
        {
            RunSummaryView.Write(result, "/reports/x");
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
        return writer.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("verdict: ", StringComparison.Ordinal)).ToArray();
    }

    [Test]
    public void Write_AJudgedRun_HasOneVerdictLine()
    {
        var run = SampleRun.Create() with { Tests = [SampleRun.Passed()] };

        VerdictLines(run with { Certification = CertificationJudge.Judge(GuidelineFixtures.Compute(), run, []) }).Should().ContainSingle();
    }

    [Test]
    public void Write_AStandardJudgedBeside_AddsItsOwnVerdictLine()
    {
        var run = SampleRun.Create() with { Tests = [SampleRun.Passed()] };
        var judged = CertificationJudge.Judge(GuidelineFixtures.Compute(), run, []);

        VerdictLines(run with { Certification = judged, StandardCertification = judged }).Should().HaveCount(2);
    }

    [Test]
    public void Write_AnUnjudgedRun_SaysWhetherItsTestsPassed() =>
        VerdictLines(SampleRun.Create() with { Tests = [SampleRun.Passed()] }).Should().ContainSingle().Which.Should().Contain("CONFORMANT");
}
