using System.Globalization;
using System.Text;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Writes <c>.properties</c> text as Java reads it: separators and backslashes escaped, anything outside
/// ASCII as <c>\uXXXX</c>, so that a URL's colon or a non-Latin value survives every Allure reader.
/// </summary>
internal static class JavaProperties
{
    public static string Format(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in entries)
        {
            text.Append(Escape(key, isKey: true)).Append('=').Append(Escape(value, isKey: false)).Append('\n');
        }
        return text.ToString();
    }

    private static string Escape(string text, bool isKey)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\t': escaped.Append(@"\t"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case '\f': escaped.Append(@"\f"); break;
                case '=' or ':' or '#' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                // A key ends at its first space; a value only loses its leading ones.
                case ' ' when isKey || i == 0:
                    escaped.Append(@"\ ");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        escaped.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                    break;
            }
        }
        return escaped.ToString();
    }
}
