using Conformance.Runner.Results;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Execution;

/// <summary>NUnit's result states on the suite's one outcome scale.</summary>
public static class OutcomeMapping
{
    public static TestOutcome Of(ResultState state) => state.Status switch
    {
        TestStatus.Passed or TestStatus.Warning => TestOutcome.Passed,
        TestStatus.Skipped or TestStatus.Inconclusive => TestOutcome.Skipped,
        // An assertion that did not hold is a non-conformance; anything else that stopped the test is a fault.
        TestStatus.Failed when state.Label.Length == 0 => TestOutcome.Failed,
        _ => TestOutcome.Error,
    };
}
