namespace Conformance.Runner.Verdicts;

/// <summary>
/// The answer for the Images API part of a program: every required test passed (or, with waivers, every one
/// that did not pass is waived); one failed (or was not offered); or the run cannot say (an error, a test
/// not run or not in the suite).
/// </summary>
public enum Verdict
{
    Compliant,
    CompliantWithWaivers,
    NonCompliant,
    Incomplete,
}
