using Conformance.Runner.Configuration;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Comparison;

/// <summary>A run named on the command line: its output folder, or its results.json.</summary>
public static class ResultsLocation
{
    public static async Task<RunResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, JsonResultsWriter.FileName) : path;
        if (!File.Exists(file))
        {
            throw new UsageException($"no {JsonResultsWriter.FileName} at {path}: name a run's output folder or its results.json");
        }
        try
        {
            return await JsonResultsReader.ReadAsync(file, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
