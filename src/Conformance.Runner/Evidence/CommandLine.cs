using System.Text.RegularExpressions;

namespace Conformance.Runner.Evidence;

/// <summary>
/// The command line a bundle was made with, fit to be kept: the value of a secret option becomes
/// <c>***</c>, and a URL's user information is removed. The option names stay, so the run can be repeated.
/// </summary>
public static partial class CommandLine
{
    public const string Hidden = "***";

    private static readonly string[] SecretOptions = ["--token", "--os-password", "--password"];

    public static IReadOnlyList<string> Redacted(IEnumerable<string> arguments)
    {
        var kept = new List<string>();
        var hideNext = false;
        foreach (var argument in arguments)
        {
            if (hideNext)
            {
                kept.Add(Hidden);
                hideNext = false;
                continue;
            }
            var secret = SecretOptions.FirstOrDefault(o => argument == o || argument.StartsWith(o + "=", StringComparison.Ordinal));
            if (secret is null)
            {
                kept.Add(WithoutUserInfo(argument));
            }
            else if (argument == secret)
            {
                kept.Add(argument);
                hideNext = true;
            }
            else
            {
                kept.Add(secret + "=" + Hidden);
            }
        }
        return kept;
    }

    /// <summary>One line a shell reads back as the same arguments (single quotes where needed).</summary>
    public static string Format(IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Select(a => a.Length > 0 && a.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@%+".Contains(c))
            ? a
            : "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));

    // user:password@ in a URL (an endpoint given with credentials in it).
    private static string WithoutUserInfo(string argument) => UserInfo().Replace(argument, Hidden + "@");

    [GeneratedRegex(@"(?<=://)[^/@\s]+@")]
    private static partial Regex UserInfo();
}
