namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Allure 3's Awesome template always adds a Google Analytics tag, with no option to leave it out. A
/// conformance report is shared with vendors and opened offline, so it must not load anything from
/// elsewhere nor tell a third party it was opened: the tag is cut from the rendered file.
/// The file is cut as UTF-8 bytes, not decoded and encoded again: it is several megabytes, and the markers are
/// ASCII, which in UTF-8 never occurs inside another character, so the cut is the same as on the text.
/// </summary>
internal static class AnalyticsTag
{
    private static ReadOnlySpan<byte> LoaderMarker => "https://www.googletagmanager.com/gtag/js"u8;
    private static ReadOnlySpan<byte> ConfigMarker => "gtag('config'"u8;
    private static ReadOnlySpan<byte> ScriptStart => "<script"u8;
    private static ReadOnlySpan<byte> ScriptEnd => "</script>"u8;
    // The tag is two short scripts; a longer span means the template changed and the cut would take more.
    private const int LongestTag = 2000;

    /// <summary>The UTF-8 <paramref name="html"/> without the tag; the same bytes when there is none to cut.</summary>
    public static byte[] Remove(byte[] html)
    {
        var loader = html.AsSpan().IndexOf(LoaderMarker);
        if (loader < 0)
        {
            return html;
        }
        var start = html.AsSpan(0, loader).LastIndexOf(ScriptStart);
        var config = html.AsSpan(loader).IndexOf(ConfigMarker);
        var end = config < 0 ? -1 : html.AsSpan(loader + config).IndexOf(ScriptEnd);
        if (start < 0 || end < 0)
        {
            return html;
        }
        var after = loader + config + end + ScriptEnd.Length;
        if (after - ScriptEnd.Length - start > LongestTag)
        {
            return html;
        }
        var cut = new byte[html.Length - (after - start)];
        html.AsSpan(0, start).CopyTo(cut);
        html.AsSpan(after).CopyTo(cut.AsSpan(start));
        return cut;
    }
}
