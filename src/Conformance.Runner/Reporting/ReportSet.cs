using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>Placeholder until the report writers land: writes nothing yet.</summary>
public static class ReportSet
{
    public static Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        return Task.CompletedTask;
    }
}
