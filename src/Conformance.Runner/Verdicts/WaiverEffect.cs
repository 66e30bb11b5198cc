namespace Conformance.Runner.Verdicts;

public enum WaiverEffect
{
    /// <summary>It excused a test that did not pass.</summary>
    Applied,
    /// <summary>The test it names passed: the waiver can go.</summary>
    Unneeded,
    /// <summary>Its date has passed: it excuses nothing.</summary>
    Expired,
    /// <summary>It names no test of the run or of the guideline's Images API part.</summary>
    Unused,
}
