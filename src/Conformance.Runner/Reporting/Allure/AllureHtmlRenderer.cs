using System.ComponentModel;
using System.Text.Json.Nodes;
using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Renders <c>report.html</c>, one self-contained file, from the <c>allure-results/</c> of an output directory
/// with the Allure 3 modules pinned in <c>tools/allure</c> (through <see cref="AllureRenderProcess"/>). An HTML report is a convenience: when it cannot be
/// made (no CLI, no Node, a crash, a timeout) the run's other reports still stand, so this says why instead of throwing.
/// </summary>
public sealed class AllureHtmlRenderer
{
    public const string FileName = "report.html";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private readonly string _toolsDirectory;
    private readonly TimeSpan _timeout;

    public AllureHtmlRenderer(string toolsDirectory, TimeSpan? timeout = null)
    {
        _toolsDirectory = toolsDirectory;
        _timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>The report's title: what was judged, which run judged it, and the verdict when there is one.</summary>
    public static string ReportName(RunResult run) => $"Images API conformance: {run.Target}, run {run.RunId}"
        + (run.Certification is { } certification ? $": {VerdictNames.Of(certification.Verdict)}" : string.Empty);

    public async Task<HtmlRenderResult> RenderAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        if (!AllureRenderProcess.IsInstalled(_toolsDirectory))
        {
            return HtmlRenderResult.NotRendered($"allure CLI not installed: run npm ci --prefix {_toolsDirectory}");
        }
        var results = Path.GetFullPath(Path.Combine(outputDirectory, AllureResultsWriter.DirectoryName));
        if (!Directory.Exists(results))
        {
            return HtmlRenderResult.NotRendered($"no allure results to render in {results}");
        }

        // Allure writes JSON files beside index.html; render aside and keep only the one file.
        var scratch = Directory.CreateTempSubdirectory("allure-render-");
        try
        {
            return await RenderInAsync(scratch.FullName, run, results, outputDirectory, cancellationToken);
        }
        finally
        {
            DeleteQuietly(scratch);
        }
    }

    /// <summary>A scratch directory left in the temp folder is no reason to lose a rendered report.</summary>
    private static void DeleteQuietly(DirectoryInfo scratch)
    {
        try
        {
            scratch.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private async Task<HtmlRenderResult> RenderInAsync(
        string scratch, RunResult run, string results, string outputDirectory, CancellationToken cancellationToken)
    {
        var rendered = Path.Combine(scratch, "report");
        var config = Path.Combine(scratch, "allurerc.json");
        var categories = await ReadCategoriesAsync(results, cancellationToken);
        await File.WriteAllTextAsync(config, AllureRenderConfig.Json(ReportName(run), rendered, categories), cancellationToken);

        ChildProcessOutcome outcome;
        try
        {
            using var render = AllureRenderProcess.Take(_toolsDirectory);
            outcome = await render.FinishAsync(AllureRenderProcess.Request(config, results), _timeout, cancellationToken);
        }
        catch (Win32Exception e)
        {
            return HtmlRenderResult.NotRendered($"could not start Node.js for the allure render (is it installed?): {e.Message}");
        }
        if (outcome.TimedOut)
        {
            return HtmlRenderResult.NotRendered($"the allure render did not finish within {_timeout.TotalSeconds:0} s");
        }
        var index = Path.Combine(rendered, "index.html");
        if (outcome.ExitCode != 0 || !File.Exists(index))
        {
            return HtmlRenderResult.NotRendered($"the allure render exited with {outcome.ExitCode}: {outcome.LastLine()}");
        }

        var report = Path.GetFullPath(Path.Combine(outputDirectory, FileName));
        var html = await File.ReadAllBytesAsync(index, cancellationToken);
        await File.WriteAllBytesAsync(report, AnalyticsTag.Remove(html), cancellationToken);
        return HtmlRenderResult.Rendered(report);
    }

    private static async Task<JsonArray?> ReadCategoriesAsync(string results, CancellationToken cancellationToken)
    {
        var path = Path.Combine(results, AllureResultsWriter.CategoriesFileName);
        return File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonArray : null;
    }
}
