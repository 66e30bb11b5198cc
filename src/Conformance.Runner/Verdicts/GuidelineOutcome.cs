namespace Conformance.Runner.Verdicts;

/// <summary>What became of one guideline test in a run: our test's outcome, or why there is none.</summary>
public enum GuidelineOutcome
{
    Passed,
    Failed,
    /// <summary>Skipped because the cloud does not offer what the test needs: counts against a required test.</summary>
    NotOffered,
    /// <summary>Skipped because the behaviour is newer than the cloud's API version: never counts against it.</summary>
    NotApplicable,
    /// <summary>Skipped for any other reason (persona missing, not practical ...): the run cannot say.</summary>
    Skipped,
    Error,
    /// <summary>The suite has a test for it, but this run did not run it (narrowed by --capability, or interrupted).</summary>
    NotRun,
    /// <summary>No test of the suite matches it by idempotent id, name or alias.</summary>
    NotInSuite,
}
