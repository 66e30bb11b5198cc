using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Every report of a run in one call: the data reports first, then the HTML rendered from the Allure
/// results they include. A report that cannot be rendered is said, not thrown, so the others still land.
/// </summary>
public sealed class ReportSet
{
    private readonly IReadOnlyList<IReportWriter> _writers;
    private readonly AllureHtmlRenderer? _htmlRenderer;

    public ReportSet(IReadOnlyList<IReportWriter> writers, AllureHtmlRenderer? htmlRenderer)
    {
        _writers = writers;
        _htmlRenderer = htmlRenderer;
    }

    /// <summary>All the standard reports; HTML too when <paramref name="allureToolsDirectory"/> is given.</summary>
    public static ReportSet Standard(string? allureToolsDirectory) => new(
        [new JsonResultsWriter(), new JUnitWriter(), new MarkdownWriter(), new AllureResultsWriter(), new Standards.ScsOfficialResultsWriter(),
            new Profile.ProfileAllureWriter()],
        allureToolsDirectory is null ? null : new AllureHtmlRenderer(allureToolsDirectory));

    public async Task<WrittenReports> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        foreach (var writer in _writers)
        {
            files.AddRange(await writer.WriteAsync(run, outputDirectory, cancellationToken));
        }

        var html = _htmlRenderer is null
            ? HtmlRenderResult.NotRendered($"no allure CLI location given (install it with npm ci --prefix {AllureToolsDirectory.RelativePath})")
            : await _htmlRenderer.RenderAsync(run, outputDirectory, cancellationToken);
        if (html.ReportPath is not null)
        {
            files.Add(html.ReportPath);
        }
        return new WrittenReports(files, html);
    }
}
