using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>Turns one test's record into the Allure result that shows it.</summary>
internal static class AllureResultMapper
{
    public static AllureResult Map(RunResult run, TestRecord test, string uuid, IReadOnlyList<AllureAttachment> attachments)
    {
        // A test that never started (an interrupted run) has no time of its own: place it at the run's start.
        var started = test.StartedAt == default ? run.StartedAt : test.StartedAt;
        var start = started.ToUnixTimeMilliseconds();
        var standing = GuidelineStanding.Of(run, test);
        var message = standing.MessagePrefix is { } prefix && test.Status != TestOutcome.Passed
            ? prefix + (test.Reason is null ? string.Empty : "\n" + test.Reason)
            : test.Reason;
        return new AllureResult
        {
            Uuid = uuid,
            HistoryId = DeterministicUuid.Hex(test.FullName),
            // The idempotent id is the test's identity across renames, which is what a test case id is for.
            TestCaseId = string.IsNullOrWhiteSpace(test.IdempotentId) ? DeterministicUuid.Hex(test.FullName) : test.IdempotentId,
            Name = test.Name,
            FullName = test.FullName,
            Description = test.Requirement,
            Status = AllureStatus.Of(test.Status),
            StatusDetails = message is null && test.StackTrace is null ? null : new AllureStatusDetails(message, test.StackTrace),
            Start = start,
            Stop = start + (long)Math.Round(Math.Max(0, test.DurationMs)),
            TitlePath = [run.Target, test.Capability],
            Labels = AllureLabels.For(run, test, standing),
            Parameters = Parameters(test),
            Attachments = attachments,
        };
    }

    private static List<AllureParameter> Parameters(TestRecord test)
    {
        var parameters = new List<AllureParameter> { new("persona", test.Persona) };
        if (!string.IsNullOrWhiteSpace(test.MinApiVersion))
        {
            parameters.Add(new("minimum API version", test.MinApiVersion));
        }
        return parameters;
    }
}
