using System.Globalization;
using System.Net;
using System.Text;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.MultiCloud;

/// <summary>
/// The index of a multi-cloud run: one row per cloud with its own state, counts and links into its own report
/// folder, as index.md and index.html in the report root. Each cloud is judged alone: a row never draws on another's.
/// </summary>
public static class CloudIndex
{
    public const string MarkdownFile = "index.md";
    public const string HtmlFile = "index.html";

    /// <summary>What became of a cloud, in words: its verdict, or why it has none.</summary>
    public static string State(CloudOutcome outcome) => outcome switch
    {
        { Results: null, ExitCode: ExitCodes.EndpointUnreachable } => "error: the cloud could not be reached (no results)",
        { Results: null, ExitCode: ExitCodes.BadUsage } => "error: its options or clouds.yaml entry are not usable (no results)",
        { Results: null, ExitCode: ExitCodes.Interrupted } => "interrupted (no results)",
        { Results: null } => string.Create(CultureInfo.InvariantCulture, $"error: ended with exit code {outcome.ExitCode} before writing results"),
        { Results.Verdict: { } verdict } => verdict,
        // A profile alone has no tests to pass: its state is what it measured and found.
        { Results: { Total: 0, ProfileFigures: > 0 } profiled } => string.Create(CultureInfo.InvariantCulture,
            $"profiled: {profiled.ProfileFigures} figures, {profiled.ProfileFindings} findings"),
        { ExitCode: ExitCodes.Passed } => "passed",
        _ => string.Create(CultureInfo.InvariantCulture, $"failed (exit code {outcome.ExitCode})"),
    };

    public static string Markdown(string command, IReadOnlyList<CloudOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# conformance {command}: {outcomes.Count} clouds\n\n");
        text.Append("| cloud | state | exit | endpoint | passed | failed | skipped | error | profile figures | profile findings | report |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var o in outcomes)
        {
            var r = o.Results;
            var folder = Path.GetFileName(o.Folder);
            text.Append(CultureInfo.InvariantCulture,
                $"| {o.Cloud} | {State(o)} | {o.ExitCode} | {r?.Endpoint ?? "-"} | {Count(r?.Passed)} | {Count(r?.Failed)} | {Count(r?.Skipped)} | {Count(r?.Error)} | {Count(r?.ProfileFigures)} | {Count(r?.ProfileFindings)} | [{folder}/]({folder}/) |\n");
        }
        return text.ToString();
    }

    public static string Html(string command, IReadOnlyList<CloudOutcome> outcomes)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "-");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"conformance {command}: {outcomes.Count} clouds"))
            .Append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}</style></head><body>\n")
            .Append("<h1>").Append(E($"conformance {command}: {outcomes.Count} clouds")).Append("</h1>\n<table>\n")
            .Append("<tr><th>cloud</th><th>state</th><th>exit</th><th>endpoint</th><th>passed</th><th>failed</th><th>skipped</th><th>error</th><th>profile figures</th><th>profile findings</th><th>reports</th></tr>\n");
        foreach (var o in outcomes)
        {
            var r = o.Results;
            var folder = Uri.EscapeDataString(Path.GetFileName(o.Folder));
            var links = $"<a href=\"{folder}/report.html\">report.html</a> <a href=\"{folder}/summary.md\">summary.md</a> <a href=\"{folder}/results.json\">results.json</a> <a href=\"{folder}/console.log\">console.log</a>";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"cloud\"><td>{E(o.Cloud)}</td><td>{E(State(o))}</td><td>{o.ExitCode}</td><td>{E(r?.Endpoint)}</td><td>{Count(r?.Passed)}</td><td>{Count(r?.Failed)}</td><td>{Count(r?.Skipped)}</td><td>{Count(r?.Error)}</td><td>{Count(r?.ProfileFigures)}</td><td>{Count(r?.ProfileFindings)}</td><td>{(r is null ? $"<a href=\"{folder}/console.log\">console.log</a>" : links)}</td></tr>\n");
        }
        return html.Append("</table>\n</body></html>\n").ToString();
    }

    /// <summary>Writes both files into <paramref name="root"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string root, string command, IReadOnlyList<CloudOutcome> outcomes)
    {
        var markdown = Path.Combine(root, MarkdownFile);
        var html = Path.Combine(root, HtmlFile);
        File.WriteAllText(markdown, Markdown(command, outcomes));
        File.WriteAllText(html, Html(command, outcomes));
        return [markdown, html];
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
