using System.Text.Json;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;

namespace Conformance.Runner.Profile;

/// <summary>
/// The profile in <c>allure-results/</c>, after the tests' results: one result per figure carrying its chart
/// (SVG), which the single-page HTML report embeds, and one for the findings, failed when there are any.
/// </summary>
public sealed class ProfileAllureWriter : IReportWriter
{
    public const string Epic = "delivery profile";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        if (run.Profile is not { } profile)
        {
            return [];
        }
        var directory = Path.Combine(outputDirectory, AllureResultsWriter.DirectoryName);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var start = run.FinishedAt.ToUnixTimeMilliseconds() - (long)(profile.DurationSeconds * 1000);
        foreach (var figure in profile.Figures)
        {
            var uuid = DeterministicUuid.From(run.RunId, Epic, figure.Name);
            var chart = $"{DeterministicUuid.From(uuid, "chart")}-attachment.svg";
            var chartPath = Path.Combine(directory, chart);
            await File.WriteAllTextAsync(chartPath, FigureChart.Svg(figure), cancellationToken);
            written.Add(chartPath);
            written.Add(await WriteAsync(directory, Result(run, uuid, figure.Name, $"{figure.Median:0.##} {figure.Unit} median of {figure.Count}", start,
                "passed", null, [new AllureAttachment("chart: " + figure.Name, chart, "image/svg+xml")]), cancellationToken));
        }
        var findings = string.Join("\n", profile.Findings.Select(f => f.Describe()).Concat(profile.NotMeasured.Select(n => $"not measured: {n.Figure}: {n.Reason}")));
        var summaryUuid = DeterministicUuid.From(run.RunId, Epic, "findings");
        written.Add(await WriteAsync(directory, Result(run, summaryUuid, "findings", "Every transfer MUST deliver the size and bytes sent.", start,
            profile.Findings.Count == 0 ? "passed" : "failed", findings.Length == 0 ? null : new AllureStatusDetails(findings, null), []), cancellationToken));
        return written;
    }

    private static AllureResult Result(RunResult run, string uuid, string name, string description, long start, string status,
        AllureStatusDetails? details, IReadOnlyList<AllureAttachment> attachments) => new()
    {
        Uuid = uuid,
        HistoryId = DeterministicUuid.Hex(Epic + " " + name),
        TestCaseId = DeterministicUuid.Hex(Epic + " " + name),
        Name = name,
        FullName = $"{Epic}: {name}",
        Description = description,
        Status = status,
        StatusDetails = details,
        Start = start,
        Stop = run.FinishedAt.ToUnixTimeMilliseconds(),
        TitlePath = [Epic],
        Labels = [new AllureLabel("epic", Epic), new AllureLabel("feature", Epic), new AllureLabel("story", name)],
        Parameters = [],
        Attachments = attachments,
    };

    private static async Task<string> WriteAsync(string directory, AllureResult result, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, $"{result.Uuid}-result.json");
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, result, AllureJson.Options, cancellationToken);
        return path;
    }
}
