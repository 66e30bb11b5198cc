using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Spectre.Console;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Terminal;

/// <summary>The end of a run on the console: a table per capability, failures with their reasons, the verdict.</summary>
public static class RunSummaryView
{
    public static void Write(RunResult result, string outputDirectory)
    {
        var table = new Table().Title("Images API conformance by capability")
            .AddColumns("capability", "passed", "failed", "error", "skipped", "status");
        foreach (var (capability, summary, worst) in result.ByCapability())
        {
            table.AddRow(capability, $"{summary.Passed}", $"{summary.Failed}", $"{summary.Error}", $"{summary.Skipped}", worst.ToString().ToLowerInvariant());
        }
        AnsiConsole.Write(table);
        foreach (var test in result.Tests.Where(t => t.Status is TestOutcome.Failed or TestOutcome.Error))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{test.Status.ToString().ToUpperInvariant()}[/] {test.Capability} {test.Name}: {test.Requirement}");
            AnsiConsole.WriteLine("    " + (test.Reason ?? string.Empty).ReplaceLineEndings(Environment.NewLine + "    "));
        }
        foreach (var group in result.Tests.Where(t => t.Status == TestOutcome.Skipped).GroupBy(t => t.Reason ?? "no reason given"))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {group.Count()} test(s): {group.Key}");
        }
        if (result.Certification is { } certification)
        {
            WriteCertification(certification);
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"verdict: {Verdict(result)}");
        }
        if (result.StandardCertification is { } standard)
        {
            AnsiConsole.WriteLine("against the standard (its checks only):");
            WriteCertification(standard);
        }
        AnsiConsole.MarkupLineInterpolated($"reports: {outputDirectory}");
    }

    private static void WriteCertification(CertificationResult certification)
    {
        foreach (var figures in certification.Figures)
        {
            AnsiConsole.WriteLine("  images part, " + CertificationText.Figures(figures));
        }
        AnsiConsole.WriteLine("  " + CertificationText.Program(certification));
        AnsiConsole.WriteLine("  out of scope (other services, not tested here): " + CertificationText.OutOfScope(certification));
        AnsiConsole.WriteLine("  " + CertificationText.Beyond(certification));
        foreach (var reason in certification.Reasons)
        {
            AnsiConsole.WriteLine("  not passed: " + reason);
        }
        foreach (var waiver in CertificationText.Waivers(certification))
        {
            AnsiConsole.WriteLine("  " + waiver);
        }
        var colour = VerdictNames.Passes(certification.Verdict) ? "green" : "red";
        AnsiConsole.MarkupLine($"[{colour}]verdict: {Markup.Escape(certification.Headline())}[/]");
    }

    public static string Verdict(RunResult result)
    {
        var s = result.Summary;
        if (s.Failed > 0)
        {
            return $"NOT CONFORMANT: {s.Failed} of {s.Total} selected tests failed ({result.Target})";
        }
        if (s.Error > 0 || result.Partial)
        {
            return $"INCOMPLETE: {s.Error} test(s) could not be judged{(result.Partial ? ", the run was interrupted" : string.Empty)} ({result.Target})";
        }
        return s.Skipped > 0
            ? $"CONFORMANT for the {s.Passed} tests that ran; {s.Skipped} skipped with reasons ({result.Target})"
            : $"CONFORMANT: all {s.Passed} selected tests passed ({result.Target})";
    }
}
