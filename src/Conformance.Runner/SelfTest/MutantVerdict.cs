namespace Conformance.Runner.SelfTest;

/// <summary>What became of one mutant.</summary>
public enum MutantVerdict
{
    /// <summary>At least one test failed because of it.</summary>
    Killed,
    /// <summary>The tests that exercise its operation ran, and none failed.</summary>
    Survived,
    /// <summary>No test of the suite exercises the operation it changes.</summary>
    NotExercised,
    /// <summary>
    /// The tests aimed at its operation need a later API version than the endpoint's CURRENT one, so they were not
    /// applicable: it cannot be judged here (a self-test against a cloud of that version can).
    /// </summary>
    NotApplicable,
}
