using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Execution;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
using Conformance.Runner.Standards;
using Conformance.Runner.Terminal;
using Spectre.Console;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Commands;

/// <summary>
/// The end of <c>run</c> and <c>rerun</c>: the verdict, every report, refstack.json, the evidence manifest,
/// the summary on the console, and the exit code.
/// </summary>
public static class JudgedRunOutput
{
    /// <param name="standard">A cloud standard judged beside the guideline in the same run: each verdict then sees only its own part.</param>
    /// <param name="timings">The run's phases so far: the reports are added and the whole printed before the summary.</param>
    public static async Task<int> FinishAsync(RunResult raw, bool interrupted, IReadOnlyList<TestDescriptor> suite, Judging judging, string output, Judging? standard = null,
        RunTimings? timings = null)
    {
        var day = DateOnly.FromDateTime(raw.FinishedAt.UtcDateTime);
        var result = raw with
        {
            Certification = standard is null ? CertificationJudge.Judge(judging.Scope, raw, suite, judging.Waivers, day)
                : CertificationJudge.Judge(judging.Scope, StandardRunParts.GuidelinePart(raw), StandardRunParts.GuidelinePart(suite), judging.Waivers, day),
            StandardCertification = standard is null ? null
                : CertificationJudge.Judge(standard.Scope, StandardRunParts.StandardPart(raw), StandardRunParts.StandardPart(suite), standard.Waivers, day),
        };
        var reports = await ReportSet.Standard(AllureToolsDirectory.OfRepository())
            .WriteAsync(result, output, CancellationToken.None);
        timings?.Mark("reports");
        var refStack = RefStackUpload.Of(result, judging.Cpid ?? RefStackUpload.DerivedCpid(result.Endpoint), judging.Scope.TempestNames);
        await refStack.WriteAsync(output, CancellationToken.None);
        AnsiConsole.MarkupLineInterpolated($"{RefStackUpload.FileName}: {refStack.Results.Count} passed Tempest test(s) by the names in {judging.Scope.GuidelineId}, cpid {refStack.Cpid}{(judging.Cpid is null ? " (derived from the endpoint: pass --cpid)" : string.Empty)}");
        await EvidenceBundle.WriteAsync(output, result, judging.Scope, judging.Target, judging.WaiversPath,
            System.Environment.GetCommandLineArgs().Skip(1), CancellationToken.None, standard is null ? null : (standard.Scope, standard.Target));
        timings?.Mark("refstack and evidence");
        if (timings is not null)
        {
            System.Console.WriteLine(timings.Describe());
        }
        if (!reports.Html.IsRendered)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]no HTML report[/]: {reports.Html.Reason}");
        }
        RunSummaryView.Write(result, output);
        System.Console.WriteLine(result.Summary.ClosingLine());
        return ExitCodeOf(result, interrupted);
    }

    private static int ExitCodeOf(RunResult result, bool interrupted)
    {
        if (interrupted)
        {
            return ExitCodes.Interrupted;
        }
        var unreachable = result.Tests.Where(OutcomeMapping.IsUnreachable).OrderBy(t => t.StartedAt).ToList();
        if (unreachable.Count > 0)
        {
            System.Console.Error.WriteLine($"conformance: {result.Endpoint} stopped answering during the run: {unreachable.Count} test(s) ended in error ({OutcomeMapping.UnreachableReason}), the first {unreachable[0].Name} at {unreachable[0].StartedAt:HH:mm:ss}Z; check that the server is up and run again");
            return ExitCodes.EndpointUnreachable;
        }
        // 1 for a non-compliant verdict or any failure no waiver excuses (beyond the required set too: still a broken
        // rule). An incomplete verdict whose selected tests all passed (a --capability run) exits 0: the verdict says why.
        return result.Certification is { } certification
            ? new[] { certification, result.StandardCertification }.OfType<CertificationResult>().Any(c => c.Verdict == Verdict.NonCompliant || c.UnwaivedFailures > 0)
                ? ExitCodes.TestsFailed : ExitCodes.Passed
            : result.Summary.Failed + result.Summary.Error == 0 ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }
}
