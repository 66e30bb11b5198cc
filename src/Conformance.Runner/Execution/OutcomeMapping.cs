using Conformance.ImagesApi.Http;
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

    /// <summary>How the reason of a test stopped by an endpoint that does not answer begins.</summary>
    public const string UnreachableReason = "endpoint unreachable";

    /// <summary>
    /// A test that did not pass because a request got no answer is an error of the environment, whatever
    /// NUnit says: its outcome and a reason that begins with <see cref="UnreachableReason"/>; null for any other test.
    /// </summary>
    public static (TestOutcome Outcome, string Reason)? Unreachable(ResultState state, string? message)
    {
        var type = typeof(EndpointUnreachableException).FullName!;
        if (state.Status is TestStatus.Passed or TestStatus.Skipped || message?.IndexOf(type, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return null;
        }
        var detail = message[(at + type.Length)..].TrimStart(' ', ':').Split('\n', 2)[0].Trim();
        return (TestOutcome.Error, $"{UnreachableReason}: {detail}");
    }

    /// <summary>How the reason of a test cut short by Ctrl-C (or SIGTERM) begins.</summary>
    public const string InterruptedReason = "interrupted";

    /// <summary>
    /// A test that did not pass because the run's cancellation reached it while the run was being interrupted is
    /// not judged: an error with a reason that begins with <see cref="InterruptedReason"/>; null for any other test,
    /// so that an assertion that failed meanwhile stays a failure.
    /// </summary>
    public static (TestOutcome Outcome, string Reason)? Interrupted(ResultState state, string? message, bool interrupting)
    {
        var cancelled = typeof(OperationCanceledException).FullName!;
        var taskCancelled = typeof(TaskCanceledException).FullName!;
        return interrupting && state.Status is not (TestStatus.Passed or TestStatus.Skipped)
            && message is not null && (message.Contains(cancelled, StringComparison.Ordinal) || message.Contains(taskCancelled, StringComparison.Ordinal))
            ? (TestOutcome.Error, $"{InterruptedReason}: the run was stopped (Ctrl-C or SIGTERM) while this test ran; not judged")
            : null;
    }

    public static bool IsUnreachable(TestRecord test) =>
        test.Status == TestOutcome.Error && test.Reason?.StartsWith(UnreachableReason, StringComparison.Ordinal) == true;
}
