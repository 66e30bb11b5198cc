using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using FluentAssertions;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Tests.Execution;

public sealed class OutcomeMappingTests
{
    private static readonly object[] Cases =
    [
        new object[] { ResultState.Success, TestOutcome.Passed },
        new object[] { ResultState.Failure, TestOutcome.Failed },
        new object[] { ResultState.Error, TestOutcome.Error },
        new object[] { ResultState.SetUpError, TestOutcome.Error },
        new object[] { ResultState.TearDownError, TestOutcome.Error },
        new object[] { ResultState.Cancelled, TestOutcome.Error },
        new object[] { ResultState.Ignored, TestOutcome.Skipped },
        new object[] { ResultState.Skipped, TestOutcome.Skipped },
        new object[] { ResultState.Inconclusive, TestOutcome.Skipped },
    ];

    [TestCaseSource(nameof(Cases))]
    public void ResultState_MapsOntoTheOneOutcomeScale(ResultState state, TestOutcome outcome) =>
        OutcomeMapping.Of(state).Should().Be(outcome);
}
