using System.Globalization;
using System.Text.Json;
using Conformance.Runner.Reporting.Transcripts;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Writes <c>allure-results/</c>: one result file per test, one transcript attachment per HTTP exchange,
/// the run's environment and the triage categories. File names derive from the run id and the test,
/// so writing the same run again replaces its files rather than adding a second copy.
/// </summary>
public sealed class AllureResultsWriter : IReportWriter
{
    public const string DirectoryName = "allure-results";
    public const string EnvironmentFileName = "environment.properties";
    public const string CategoriesFileName = "categories.json";

    private const string TextPlain = "text/plain";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(outputDirectory, DirectoryName);
        Directory.CreateDirectory(directory);
        RemovePreviousResults(directory);

        var written = new List<string>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var test in run.Tests)
        {
            var uuid = UuidOf(run, test, occurrences);
            var attachments = await WriteAttachmentsAsync(directory, uuid, test, written, cancellationToken);
            var result = AllureResultMapper.Map(run, test, uuid, attachments);
            written.Add(await WriteJsonAsync(directory, $"{uuid}-result.json", result, cancellationToken));
        }

        var environment = Path.Combine(directory, EnvironmentFileName);
        await File.WriteAllTextAsync(environment, JavaProperties.Format(EnvironmentOf(run)), cancellationToken);
        written.Add(environment);
        written.Add(await WriteJsonAsync(directory, CategoriesFileName, AllureCategories.Triage, cancellationToken));
        return written;
    }

    private static string UuidOf(RunResult run, TestRecord test, Dictionary<string, int> occurrences)
    {
        // Two records with one full name (a repeated test case) must still get two files.
        var seen = occurrences.GetValueOrDefault(test.FullName);
        occurrences[test.FullName] = seen + 1;
        return seen == 0
            ? DeterministicUuid.From(run.RunId, test.FullName)
            : DeterministicUuid.From(run.RunId, test.FullName, seen.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task<IReadOnlyList<AllureAttachment>> WriteAttachmentsAsync(
        string directory, string uuid, TestRecord test, List<string> written, CancellationToken cancellationToken)
    {
        var attachments = new List<AllureAttachment>();
        for (var i = 0; i < test.Exchanges.Count; i++)
        {
            var exchange = test.Exchanges[i];
            var source = $"{DeterministicUuid.From(uuid, "exchange", i.ToString(CultureInfo.InvariantCulture))}-attachment.txt";
            written.Add(await WriteTextAsync(directory, source, ExchangeTranscript.For(exchange), cancellationToken));
            attachments.Add(new AllureAttachment($"{i + 1}. {ExchangeTranscript.Title(exchange)}", source, TextPlain));
        }
        if (!string.IsNullOrWhiteSpace(test.Output))
        {
            var source = $"{DeterministicUuid.From(uuid, "output")}-attachment.txt";
            written.Add(await WriteTextAsync(directory, source, test.Output, cancellationToken));
            attachments.Add(new AllureAttachment("test output", source, TextPlain));
        }
        return attachments;
    }

    private static IEnumerable<KeyValuePair<string, string>> EnvironmentOf(RunResult run)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in run.Environment)
        {
            facts[key] = value;
        }
        facts["Endpoint"] = run.Endpoint;
        facts["RunId"] = run.RunId;
        facts["SuiteVersion"] = run.SuiteVersion;
        facts["Target"] = run.Target;
        if (run.Certification is { } certification)
        {
            facts["Verdict"] = certification.Headline();
        }
        return facts;
    }

    /// <summary>Results of an earlier run left in the directory would otherwise be reported as part of this one.</summary>
    private static void RemovePreviousResults(string directory)
    {
        var previous = Directory.EnumerateFiles(directory, "*-result.json")
            .Concat(Directory.EnumerateFiles(directory, "*-attachment.*"))
            .Concat(Directory.EnumerateFiles(directory, EnvironmentFileName))
            .Concat(Directory.EnumerateFiles(directory, CategoriesFileName))
            .ToList();
        foreach (var file in previous)
        {
            File.Delete(file);
        }
    }

    private static async Task<string> WriteJsonAsync<T>(string directory, string fileName, T content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, fileName);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, content, AllureJson.Options, cancellationToken);
        return path;
    }

    private static async Task<string> WriteTextAsync(string directory, string fileName, string content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, fileName);
        await File.WriteAllTextAsync(path, content, cancellationToken);
        return path;
    }
}
