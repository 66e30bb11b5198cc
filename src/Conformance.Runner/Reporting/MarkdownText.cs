using System.Text.RegularExpressions;

namespace Conformance.Runner.Reporting;

/// <summary>Puts arbitrary text into Markdown without it breaking a table or a code block.</summary>
internal static partial class MarkdownText
{
    /// <summary>Text for one table cell: on one line, with pipes escaped.</summary>
    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : LineBreaks().Replace(text.Trim(), " ").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text inline in a sentence: code spans are closed by backticks, so those are doubled around.</summary>
    public static string Code(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Contains('`', StringComparison.Ordinal) ? $"`` {Cell(text)} ``" : $"`{Cell(text)}`";

    /// <summary>A fenced block whose fence is longer than any run of backticks inside it.</summary>
    public static string Fenced(string text)
    {
        var longest = BacktickRuns().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}text\n{text.TrimEnd()}\n{fence}\n";
    }

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex LineBreaks();

    [GeneratedRegex("`+")]
    private static partial Regex BacktickRuns();
}
