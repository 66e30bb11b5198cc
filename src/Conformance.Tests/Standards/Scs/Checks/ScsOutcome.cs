namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>The three results the official SCS test prints for a testcase: <c>&lt;id&gt;: PASS|FAIL|ABORT</c>.</summary>
public enum ScsOutcome
{
    Pass,
    Fail,
    /// <summary>The official check raised: it could not judge (an accident of its code, such as a null size).</summary>
    Abort,
}
