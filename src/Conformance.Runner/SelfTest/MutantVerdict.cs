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
}
