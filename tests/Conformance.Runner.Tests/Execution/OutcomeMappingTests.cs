using Conformance.Runner.Execution;
using Conformance.Runner.Results;
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

    private const string UnreachableMessage =
        "Conformance.ImagesApi.Http.EndpointUnreachableException : GET /v2/images to http://127.0.0.1:19595/v2/images failed before any answer: Connection refused (127.0.0.1:19595)";

    [TestCaseSource(nameof(UnreachableStates))]
    public void UnansweredRequest_IsAnUnreachableError_WhateverNUnitSaid(ResultState state)
    {
        var mapped = OutcomeMapping.Unreachable(state, UnreachableMessage + "\nmore lines");

        mapped.Should().Be((TestOutcome.Error, "endpoint unreachable: GET /v2/images to http://127.0.0.1:19595/v2/images failed before any answer: Connection refused (127.0.0.1:19595)"));
    }

    private static readonly ResultState[] UnreachableStates = [ResultState.Error, ResultState.Failure, ResultState.SetUpError, ResultState.TearDownError];

    [Test]
    public void OtherErrors_AndPassedOrSkippedTests_AreNotUnreachable()
    {
        OutcomeMapping.Unreachable(ResultState.Error, "System.InvalidOperationException : expected a JSON object").Should().BeNull();
        OutcomeMapping.Unreachable(ResultState.Failure, null).Should().BeNull();
        OutcomeMapping.Unreachable(ResultState.Ignored, UnreachableMessage).Should().BeNull();
        OutcomeMapping.Unreachable(ResultState.Success, UnreachableMessage).Should().BeNull();
    }

    [TestCase("System.OperationCanceledException : The operation was canceled.")]
    [TestCase("System.Threading.Tasks.TaskCanceledException : A task was canceled.")]
    public void CancelledTest_WhileInterrupting_IsAnInterruptedError(string message)
    {
        OutcomeMapping.Interrupted(ResultState.Error, message, interrupting: true)
            .Should().Be((TestOutcome.Error, "interrupted: the run was stopped (Ctrl-C or SIGTERM) while this test ran; not judged"));
    }

    [Test]
    public void FailuresMeanwhile_AndCancellationsWithoutAnInterrupt_AreNotInterrupted()
    {
        const string Cancelled = "System.OperationCanceledException : The operation was canceled.";
        OutcomeMapping.Interrupted(ResultState.Error, Cancelled, interrupting: false).Should().BeNull("a test's own timeout is no Ctrl-C");
        OutcomeMapping.Interrupted(ResultState.Failure, "Expected status 200, but found 500", interrupting: true).Should().BeNull("an assertion that failed is a verdict");
        OutcomeMapping.Interrupted(ResultState.Success, Cancelled, interrupting: true).Should().BeNull();
        OutcomeMapping.Interrupted(ResultState.Ignored, Cancelled, interrupting: true).Should().BeNull();
    }

    [Test]
    public void IsUnreachable_ReadsTheReason()
    {
        var record = new TestRecord
        {
            Name = "n", FullName = "f", Capability = "c", Requirement = "r", Persona = "Member",
            Status = TestOutcome.Error, Reason = "endpoint unreachable: GET /v2/images to x failed before any answer: refused",
        };
        OutcomeMapping.IsUnreachable(record).Should().BeTrue();
        OutcomeMapping.IsUnreachable(record with { Status = TestOutcome.Failed }).Should().BeFalse();
        OutcomeMapping.IsUnreachable(record with { Reason = "Expected status 200" }).Should().BeFalse();
    }
}
