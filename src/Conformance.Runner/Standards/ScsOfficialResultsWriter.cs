using Conformance.Runner.Reporting;
using Conformance.Runner.Results;
using Conformance.Tests.Standards.Scs;

namespace Conformance.Runner.Standards;

/// <summary>
/// The official form of the SCS results, as the SCS tooling prints them: one <c>&lt;testcase-id&gt;: PASS|FAIL|ABORT</c>
/// line per testcase that ran (passed, failed, errored = could not judge), so a vendor can compare with SCS's own script.
/// A skipped check has no line, as a testcase without a result is "missing" there. Written only for runs with SCS checks.
/// </summary>
public sealed class ScsOfficialResultsWriter : IReportWriter
{
    public const string FileName = "scs-testcases.txt";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        var checks = run.Tests.Where(t => t.IdempotentId is { } id && ScsTestcaseCatalogue.Find(id) is not null).ToList();
        if (checks.Count == 0)
        {
            return [];
        }
        var lines = checks.Select(t => (Id: t.IdempotentId!, Word: Word(t.Status))).Where(l => l.Word is not null)
            .OrderBy(l => l.Id, StringComparer.Ordinal).Select(l => $"{l.Id}: {l.Word}");
        var path = Path.Combine(outputDirectory, FileName);
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
        return [path];
    }

    private static string? Word(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => "PASS",
        TestOutcome.Failed => "FAIL",
        TestOutcome.Error => "ABORT",
        _ => null,
    };
}
