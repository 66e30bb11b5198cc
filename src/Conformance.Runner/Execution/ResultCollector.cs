using System.Collections.Concurrent;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Results;
using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Execution;

/// <summary>Listens to NUnit and turns each finished test case into a <see cref="TestRecord"/> with its transcript.</summary>
public sealed class ResultCollector(ConformanceSession session) : ITestListener
{
    private readonly ConcurrentQueue<TestRecord> _records = new();

    public event Action<TestDescriptor>? Started;
    public event Action<TestRecord>? Finished;

    public IReadOnlyList<TestRecord> Records => _records.ToArray();

    public void TestStarted(ITest test)
    {
        if (!test.IsSuite)
        {
            Started?.Invoke(TestDescriptor.Of(test));
        }
    }

    public void TestFinished(ITestResult result)
    {
        if (result.Test.IsSuite)
        {
            return;
        }
        var descriptor = TestDescriptor.Of(result.Test);
        var notJudged = OutcomeMapping.Unreachable(result.ResultState, result.Message)
            ?? OutcomeMapping.Interrupted(result.ResultState, result.Message, session.Interruption.IsCancellationRequested);
        var status = notJudged?.Outcome ?? OutcomeMapping.Of(result.ResultState);
        var record = new TestRecord
        {
            Name = descriptor.Name,
            FullName = descriptor.FullName,
            Capability = descriptor.Capability,
            IdempotentId = descriptor.IdempotentId,
            Requirement = descriptor.Requirement,
            MinApiVersion = descriptor.MinApiVersion,
            Persona = descriptor.Persona,
            Operation = descriptor.Operation,
            Status = status,
            Reason = status == TestOutcome.Passed ? null : session.Redactor.Text(notJudged?.Reason ?? result.Message ?? result.ResultState.ToString()),
            SkipKind = status == TestOutcome.Skipped ? SkipKindOf(result.Test) : null,
            StackTrace = status is TestOutcome.Failed or TestOutcome.Error && result.StackTrace is { } trace ? session.Redactor.Text(trace) : null,
            StartedAt = new DateTimeOffset(DateTime.SpecifyKind(result.StartTime, DateTimeKind.Utc)),
            DurationMs = result.Duration * 1000,
            Exchanges = session.Journal.For(result.Test.Id),
            Output = string.IsNullOrEmpty(result.Output) ? null : session.Redactor.Text(result.Output),
            Findings = TestFindings.Read(result.Test.Properties.Get(ConformanceProperties.Findings)),
        };
        _records.Enqueue(record);
        Finished?.Invoke(record);
    }

    /// <summary>The kind a test typed when it skipped (see <c>Skip.Because</c>); a skip that typed none is <see cref="SkipKind.Other"/>.</summary>
    private static SkipKind SkipKindOf(ITest test) =>
        Enum.TryParse<SkipKind>(test.Properties.Get(ConformanceProperties.SkipKind) as string, out var kind) ? kind : SkipKind.Other;

    public void TestOutput(TestOutput output)
    {
    }

    public void SendMessage(TestMessage message)
    {
    }
}
