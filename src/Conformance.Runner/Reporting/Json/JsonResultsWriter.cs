using System.Globalization;
using System.Text.Json;
using Conformance.Runner.Coverage;
using Conformance.Runner.Profile;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Json;

/// <summary>Writes <c>results.json</c>: the run, every test's outcome, and counts per capability.</summary>
public sealed class JsonResultsWriter : IReportWriter
{
    public const string FileName = "results.json";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, ToDocument(run), JsonResultsFormat.Options, cancellationToken);
        return [path];
    }

    internal static JsonResultsDocument ToDocument(RunResult run) => new()
    {
        Endpoint = run.Endpoint,
        RunId = run.RunId,
        Target = run.Target,
        SuiteVersion = run.SuiteVersion,
        StartedAt = run.StartedAt,
        FinishedAt = run.FinishedAt,
        Partial = run.Partial,
        Shard = run.Shard,
        Certification = run.Certification,
        StandardCertification = run.StandardCertification,
        Environment = new SortedDictionary<string, string>(run.Environment.ToDictionary(), StringComparer.Ordinal),
        Summary = run.Summary,
        Capabilities = run.ByCapability()
            .Select(c => new JsonCapabilityEntry(c.Capability, OutcomeNames.Of(c.Worst),
                c.Summary.Total, c.Summary.Passed, c.Summary.Failed, c.Summary.Skipped, c.Summary.Error))
            .ToList(),
        Tests = run.Tests.Select(ToEntry).ToList(),
        Profile = run.Profile is { } profile ? ProfileJson.ToJson(profile) : null,
    };

    private static JsonTestEntry ToEntry(TestRecord test) => new()
    {
        Name = test.Name,
        FullName = test.FullName,
        Capability = test.Capability,
        IdempotentId = test.IdempotentId,
        Requirement = test.Requirement,
        Persona = test.Persona,
        Operation = test.Operation,
        MinApiVersion = test.MinApiVersion,
        Status = OutcomeNames.Of(test.Status),
        Reason = test.Reason,
        SkipKind = test.SkipKind is { } kind ? SkipKindNames.Of(kind) : null,
        StackTrace = test.StackTrace,
        StartedAt = test.StartedAt,
        DurationMs = test.DurationMs,
        Exchanges = test.Exchanges.Count > 0 ? test.Exchanges.Count : test.RecordedExchangeCount ?? 0,
        Observed = test.Exchanges.Count > 0 ? ObservedExchange.Of(test.Exchanges) : test.RecordedObserved ?? [],
        Retries = test.Exchanges.Where(e => e.Retried is not null)
            .Select(e => $"{e.Operation} attempt {e.Attempt.ToString(CultureInfo.InvariantCulture)}: {e.Retried}")
            .ToList(),
        Output = test.Output,
        Findings = test.Findings.Count == 0 ? null : test.Findings,
    };
}
