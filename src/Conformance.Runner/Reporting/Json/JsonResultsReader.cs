using System.Text.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Json;

/// <summary>
/// Reads <c>results.json</c> back into a <see cref="RunResult"/>, for merging and verifying runs.
/// HTTP transcripts are not in the file, so the tests come back without exchanges.
/// </summary>
public static class JsonResultsReader
{
    /// <exception cref="InvalidDataException">The file is not a results.json this suite wrote.</exception>
    public static async Task<RunResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        JsonResultsDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<JsonResultsDocument>(stream, JsonResultsFormat.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid results.json: {e.Message}", e);
        }
        if (document is null)
        {
            throw new InvalidDataException($"{path} is empty: expected a results.json object");
        }
        // JSON null passes the deserialiser's required-member check: a results.json lists each test whole.
        if (document.Tests is null || document.Tests.Any(t => t?.Name is null || t.FullName is null || t.Capability is null || t.Status is null))
        {
            throw new InvalidDataException($"{path} is not a valid results.json: every test needs name, fullName, capability and status");
        }
        return ToRunResult(document, path);
    }

    private static RunResult ToRunResult(JsonResultsDocument document, string path) => new()
    {
        Endpoint = document.Endpoint,
        RunId = document.RunId,
        Target = document.Target,
        SuiteVersion = document.SuiteVersion,
        StartedAt = document.StartedAt,
        FinishedAt = document.FinishedAt,
        Partial = document.Partial,
        Shard = document.Shard,
        Certification = document.Certification,
        StandardCertification = document.StandardCertification,
        Environment = document.Environment,
        Tests = document.Tests.Select(t => ToRecord(t, path)).ToList(),
    };

    private static TestRecord ToRecord(JsonTestEntry entry, string path) => new()
    {
        Name = entry.Name,
        FullName = entry.FullName,
        Capability = entry.Capability,
        IdempotentId = entry.IdempotentId,
        Requirement = entry.Requirement,
        Persona = entry.Persona,
        Operation = entry.Operation,
        MinApiVersion = entry.MinApiVersion,
        Status = OutcomeNames.Parse(entry.Status)
            ?? throw new InvalidDataException($"{path}: test {entry.FullName} has unknown status '{entry.Status}'"),
        Reason = entry.Reason,
        SkipKind = entry.SkipKind is null ? null
            : SkipKindNames.Parse(entry.SkipKind) ?? throw new InvalidDataException($"{path}: test {entry.FullName} has unknown skipKind '{entry.SkipKind}'"),
        StackTrace = entry.StackTrace,
        StartedAt = entry.StartedAt,
        DurationMs = entry.DurationMs,
        Output = entry.Output,
        Findings = entry.Findings ?? [],
        RecordedExchangeCount = entry.Exchanges,
        RecordedObserved = entry.Observed,
    };
}
