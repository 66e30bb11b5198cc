using System.Text;
using Conformance.ImagesApi.Recording;

namespace Conformance.Runner.Reporting.Transcripts;

/// <summary>
/// A curl command line that repeats a recorded request, ready to paste into a POSIX shell.
/// Redacted headers become shell variables (<c>$OS_TOKEN</c>), so that the line is runnable
/// once the reader exports their own credentials, and never carries ours.
/// </summary>
internal static class CurlCommand
{
    // curl computes these itself; repeating a recorded Content-Length could even corrupt the request.
    private static readonly HashSet<string> HeadersCurlSets = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Connection", "Transfer-Encoding",
    };

    public static string For(HttpExchange exchange)
    {
        var line = new StringBuilder("curl -sS -i -X ").Append(exchange.Method).Append(' ').Append(Quote(exchange.Url));
        foreach (var (name, value) in exchange.RequestHeaders)
        {
            if (HeadersCurlSets.Contains(name))
            {
                continue;
            }
            line.Append(" -H ").Append(value == Redactor.Placeholder
                ? $"\"{name}: ${PlaceholderVariable(name)}\""
                : Quote($"{name}: {value}"));
        }
        if (exchange.RequestBody is { Length: > 0 } body)
        {
            line.Append(" --data-raw ").Append(Quote(body));
        }
        return line.ToString();
    }

    /// <summary>The shell variable that stands for a redacted header: the token is the usual <c>$OS_TOKEN</c>.</summary>
    public static string PlaceholderVariable(string headerName)
    {
        if (headerName.Equals("X-Auth-Token", StringComparison.OrdinalIgnoreCase))
        {
            return "OS_TOKEN";
        }
        var bare = headerName.StartsWith("X-", StringComparison.OrdinalIgnoreCase) ? headerName[2..] : headerName;
        var variable = new StringBuilder("OS_");
        foreach (var c in bare)
        {
            variable.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }
        return variable.ToString();
    }

    /// <summary>Single quotes keep everything literal, including a <c>***</c> left by redaction inside a URL or body.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
