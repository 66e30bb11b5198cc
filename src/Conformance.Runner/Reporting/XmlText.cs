using System.Text;
using System.Xml;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Text made safe for XML 1.0. A response body or a test's output can hold control characters that
/// XML cannot carry at all, even escaped; they are shown as <c>\uXXXX</c> instead of breaking the file.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append($"\\u{(int)c:X4}");
            }
        }
        return clean.ToString();
    }
}
