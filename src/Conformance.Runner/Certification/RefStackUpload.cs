using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Runner.Results;

namespace Conformance.Runner.Certification;

/// <summary>
/// <c>refstack.json</c>: the run in the form RefStack's API takes (what refstack-client uploads): the cloud
/// provider id, the duration in whole seconds, and the tests that passed, by Tempest name and bare uuid.
/// Only tests that mirror a Tempest test the guideline names can be in it; the suite's own are not Tempest's.
/// </summary>
public sealed record RefStackUpload(
    [property: JsonPropertyName("cpid")] string Cpid,
    [property: JsonPropertyName("duration_seconds")] long DurationSeconds,
    [property: JsonPropertyName("results")] IReadOnlyList<RefStackTest> Results)
{
    public const string FileName = "refstack.json";
    public const string TempestPrefix = "tempest.";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <param name="tempestNames">Tempest names by bare idempotent id (<see cref="CertificationScope.TempestNames"/>).</param>
    public static RefStackUpload Of(RunResult run, string cpid, IReadOnlyDictionary<string, string> tempestNames) => new(
        cpid,
        (long)Math.Round((run.FinishedAt - run.StartedAt).TotalSeconds),
        run.Tests.Where(t => t.Status == TestOutcome.Passed && t.IdempotentId is not null)
            .Select(t => GuidelineTestMatcher.Bare(t.IdempotentId!).ToLowerInvariant())
            .Where(tempestNames.ContainsKey)
            .Distinct()
            .Select(uuid => new RefStackTest(tempestNames[uuid], uuid))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList());

    /// <summary>A stand-in cloud provider id when none is given: a name-based uuid of the endpoint, the same for every run against it.</summary>
    public static string DerivedCpid(string endpoint) => GuidelineTestMatcher.Bare(ProjectGuideline.AssignedId("cpid:" + endpoint.TrimEnd('/')));

    public async Task<string> WriteAsync(string outputDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outputDirectory, FileName);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json) + "\n", cancellationToken);
        return path;
    }
}
