namespace Conformance.Runner.Results;

/// <summary>
/// One scale from a test to the report, worst last: a skip carries its reason, a failure is a
/// non-conformance, an error is a fault of the suite or the environment.
/// </summary>
public enum TestOutcome
{
    Skipped,
    Passed,
    Failed,
    Error,
}
