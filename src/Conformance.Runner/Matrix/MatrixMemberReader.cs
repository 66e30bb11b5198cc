using System.Text.Json;
using Conformance.Runner.Comparison;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Matrix;

/// <summary>Reads a run folder written by <c>scripts/matrix run</c>: its <c>deployment.json</c> and <c>results.json</c>.</summary>
public static class MatrixMemberReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<MatrixMember> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, MatrixDeployment.FileName);
        if (!File.Exists(file))
        {
            throw new UsageException($"no {MatrixDeployment.FileName} in {folder}: name a folder written by 'scripts/matrix run NAME DIR'");
        }
        MatrixDeployment? deployment;
        try
        {
            deployment = JsonSerializer.Deserialize<MatrixDeployment>(await File.ReadAllTextAsync(file, cancellationToken), Options);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file} is not a deployment record ({e.Message}): run 'scripts/matrix run' again");
        }
        return new MatrixMember(
            deployment ?? throw new UsageException($"{file} is empty: run 'scripts/matrix run' again"),
            await ResultsLocation.ReadAsync(folder, cancellationToken));
    }
}
