using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace Conformance.Tests.Framework;

/// <summary>
/// Fails a test whose responses broke a schema, even when its own assertions held: every response is
/// judged, not only the ones a test looks at. Runs inside SetUp/TearDown, right after the test body.
/// </summary>
public sealed class SchemaVerdictCommand(TestCommand inner) : DelegatingTestCommand(inner)
{
    public const string MessagePrefix = "response schema violation";

    public override TestResult Execute(TestExecutionContext context)
    {
        TestResult result;
        try
        {
            result = innerCommand.Execute(context);
        }
        catch (Exception e)
        {
            // A failed assertion propagates out of the test method; record it here so the violations join it.
            context.CurrentResult.RecordException(e);
            result = context.CurrentResult;
        }
        var violations = RunnerSession.Current?.Journal.For(context.CurrentTest.Id)
            .SelectMany(e => e.SchemaViolations).ToList() ?? [];
        if (violations.Count == 0 || result.ResultState.Status == TestStatus.Skipped)
        {
            return result;
        }
        var message = MessagePrefix + ":" + Environment.NewLine + string.Join(Environment.NewLine, violations);
        if (result.ResultState.Status == TestStatus.Passed)
        {
            result.SetResult(ResultState.Failure, message);
        }
        else
        {
            // A broken response is the cloud's failure, even when the test's own code then stumbled over it
            // (say, a list whose 'images' is not an array): an error would leave the verdict merely incomplete.
            result.SetResult(ResultState.Failure, result.Message + Environment.NewLine + message, result.StackTrace);
        }
        return result;
    }
}
