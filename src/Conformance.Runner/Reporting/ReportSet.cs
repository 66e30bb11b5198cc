using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Every report of a run in one call, on two chains at once: the data reports, and the Allure results followed by
/// the HTML rendered from them (the longest chain, which needs nothing from the other). A report that cannot be
/// rendered is said, not thrown, so the others still land.
/// </summary>
public sealed class ReportSet
{
    private readonly IReadOnlyList<IReportWriter> _dataWriters;
    private readonly IReadOnlyList<IReportWriter> _allureWriters;
    private readonly AllureHtmlRenderer? _htmlRenderer;

    /// <param name="dataWriters">Reports that stand alone, written one after another beside the Allure chain.</param>
    /// <param name="allureWriters">What goes into <c>allure-results/</c>, in order (the first clears an earlier run's files), before the HTML is rendered from it.</param>
    public ReportSet(IReadOnlyList<IReportWriter> dataWriters, IReadOnlyList<IReportWriter> allureWriters, AllureHtmlRenderer? htmlRenderer)
    {
        _dataWriters = dataWriters;
        _allureWriters = allureWriters;
        _htmlRenderer = htmlRenderer;
    }

    /// <summary>All the standard reports; HTML too when <paramref name="allureToolsDirectory"/> is given.</summary>
    public static ReportSet Standard(string? allureToolsDirectory) => new(
        [new JsonResultsWriter(), new JUnitWriter(), new MarkdownWriter(), new Standards.ScsOfficialResultsWriter()],
        [new AllureResultsWriter(), new Profile.ProfileAllureWriter()],
        allureToolsDirectory is null ? null : new AllureHtmlRenderer(allureToolsDirectory));

    public async Task<WrittenReports> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var data = Task.Run(() => WriteInOrderAsync(_dataWriters, run, outputDirectory, cancellationToken), cancellationToken);
        var allure = Task.Run(() => WriteAllureAndHtmlAsync(run, outputDirectory, cancellationToken), cancellationToken);
        await Task.WhenAll(data, allure);

        var (allureFiles, html) = await allure;
        List<string> files = [.. await data, .. allureFiles];
        if (html.ReportPath is not null)
        {
            files.Add(html.ReportPath);
        }
        return new WrittenReports(files, html);
    }

    private async Task<(IReadOnlyList<string> Files, HtmlRenderResult Html)> WriteAllureAndHtmlAsync(
        RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        var files = await WriteInOrderAsync(_allureWriters, run, outputDirectory, cancellationToken);
        var html = _htmlRenderer is null
            ? HtmlRenderResult.NotRendered($"no allure CLI location given (install it with npm ci --prefix {AllureToolsDirectory.RelativePath})")
            : await _htmlRenderer.RenderAsync(run, outputDirectory, cancellationToken);
        return (files, html);
    }

    private static async Task<IReadOnlyList<string>> WriteInOrderAsync(
        IReadOnlyList<IReportWriter> writers, RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var writer in writers)
        {
            files.AddRange(await writer.WriteAsync(run, outputDirectory, cancellationToken));
        }
        return files;
    }
}
