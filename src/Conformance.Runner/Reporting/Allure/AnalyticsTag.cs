namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Allure 3's Awesome template always adds a Google Analytics tag, with no option to leave it out. A
/// conformance report is shared with vendors and opened offline, so it must not load anything from
/// elsewhere nor tell a third party it was opened: the tag is cut from the rendered file.
/// </summary>
internal static class AnalyticsTag
{
    private const string LoaderMarker = "https://www.googletagmanager.com/gtag/js";
    private const string ConfigMarker = "gtag('config'";
    private const string ScriptEnd = "</script>";
    // The tag is two short scripts; a longer span means the template changed and the cut would take more.
    private const int LongestTag = 2000;

    public static string Remove(string html)
    {
        var loader = html.IndexOf(LoaderMarker, StringComparison.Ordinal);
        if (loader < 0)
        {
            return html;
        }
        var start = html.LastIndexOf("<script", loader, StringComparison.Ordinal);
        var config = html.IndexOf(ConfigMarker, loader, StringComparison.Ordinal);
        var end = config < 0 ? -1 : html.IndexOf(ScriptEnd, config, StringComparison.Ordinal);
        if (start < 0 || end < 0 || end - start > LongestTag)
        {
            return html;
        }
        return string.Concat(html.AsSpan(0, start), html.AsSpan(end + ScriptEnd.Length));
    }
}
