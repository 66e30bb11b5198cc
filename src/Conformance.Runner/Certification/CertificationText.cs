using System.Globalization;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>The lines every report shows about a verdict (console, summary.md), so they say the same.</summary>
public static class CertificationText
{
    /// <summary>RefStack's figures for one status, e.g. <c>required: capabilities 5/5, tests 20/20 passed</c>.</summary>
    public static string Figures(StatusFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.Status.ToString().ToLowerInvariant()}: capabilities {f.CapabilitiesPassed}/{f.Capabilities}, tests {f.TestsPassed}/{f.Tests} passed{(f.Flagged > 0 ? $", {f.Flagged} flagged (not counted)" : string.Empty)}{(f.NotApplicable > 0 ? $", {f.NotApplicable} not applicable to the cloud's API version (not counted)" : string.Empty)}");

    /// <summary>The rest of the program, which this suite does not test, e.g. <c>nova 30 capabilities (29 required)</c>.</summary>
    public static string OutOfScope(CertificationResult result) =>
        result.OutOfScope.Count == 0 ? "none"
            : string.Join(", ", result.OutOfScope.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Service} {s.Capabilities} capabilities ({s.RequiredCapabilities} required, {s.Tests} tests)")));

    public static string Program(CertificationResult result) =>
        string.Join(", ", result.ProgramCapabilities.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value} {p.Key}")))
        + " capabilities in the whole program";

    public static string Beyond(CertificationResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.BeyondGuideline} test(s) of the suite beyond this program's image tests, {result.BeyondGuidelineFailed} failed or errored");

    /// <summary>One line per waiver: what it did, e.g. <c>waiver applied: id-… until 2026-12-31 (known bug 123)</c>.</summary>
    public static IEnumerable<string> Waivers(CertificationResult result) =>
        result.Waivers.Select(w => $"waiver {w.Effect.ToString().ToLowerInvariant()}: {w.Test} until {w.Expires:yyyy-MM-dd} ({w.Reason})");

    /// <summary>An outcome as results.json writes it: <c>passed</c>, <c>not-run</c>, <c>not-in-suite</c>.</summary>
    public static string Outcome(GuidelineOutcome outcome) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString());
}
