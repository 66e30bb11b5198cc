using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>Writes one view of a run into an output directory.</summary>
public interface IReportWriter
{
    /// <summary>Writes the report and returns the paths of the files it wrote, all under <paramref name="outputDirectory"/>.</summary>
    Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken);
}
