namespace Conformance.Runner.Certification;

/// <summary>What became of one guideline test in a run: our test's outcome, or why there is none.</summary>
public enum GuidelineOutcome
{
    Passed,
    Failed,
    Skipped,
    Error,
    /// <summary>The suite has a test for it, but this run did not run it (narrowed by --capability, or interrupted).</summary>
    NotRun,
    /// <summary>No test of the suite matches it by idempotent id, name or alias.</summary>
    NotInSuite,
}
