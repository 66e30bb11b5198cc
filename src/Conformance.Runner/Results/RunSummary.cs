namespace Conformance.Runner.Results;

/// <summary>Counts of a run's outcomes.</summary>
public sealed record RunSummary(int Total, int Passed, int Failed, int Skipped, int Error)
{
    public static RunSummary Of(IEnumerable<TestRecord> tests)
    {
        var list = tests.ToList();
        return new RunSummary(list.Count,
            list.Count(t => t.Status == TestOutcome.Passed),
            list.Count(t => t.Status == TestOutcome.Failed),
            list.Count(t => t.Status == TestOutcome.Skipped),
            list.Count(t => t.Status == TestOutcome.Error));
    }

    /// <summary>The closing line CI reads: <c>N passed, N failed, N skipped</c>; errors count as failures there.</summary>
    public string ClosingLine() => $"{Passed} passed, {Failed + Error} failed, {Skipped} skipped";
}
