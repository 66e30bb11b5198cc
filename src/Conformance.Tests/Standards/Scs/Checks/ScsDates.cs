using System.Globalization;
using System.Text.RegularExpressions;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// The date forms the official test accepts, parsed as Python's <c>strptime</c> does (all UTC): single-digit month,
/// day, hour and minute are accepted, letters match in any case, a space matches any run of whitespace, seconds
/// 60 and 61 are taken as 59; impossible dates and trailing characters do not parse.
/// </summary>
public static partial class ScsDates
{
    // The alternations are strptime's own, in its order, so that backtracking picks the same digits.
    private const string Year = "(?<y>[0-9]{4})";
    private const string Month = "(?<mo>1[0-2]|0[1-9]|[1-9])";
    private const string Day = "(?<d>3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])";
    private const string Hour = "(?<h>2[0-3]|[0-1][0-9]|[0-9])";
    private const string Minute = "(?<mi>[0-5][0-9]|[0-9])";
    private const string Second = "(?<s>6[0-1]|[0-5][0-9]|[0-9])";
    private const string Date = Year + "-" + Month + "-" + Day;

    private static readonly Regex Strict = new($"^{Date}T{Hour}:{Minute}:{Second}Z$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex[] Forms =
    [
        Strict,
        new($@"^{Date}\s+{Hour}:{Minute}:{Second}$", RegexOptions.CultureInvariant),
        new($@"^{Date}\s+{Hour}:{Minute}$", RegexOptions.CultureInvariant),
        new($"^{Date}$", RegexOptions.CultureInvariant),
    ];

    private static readonly Regex Compact = new("^(?<y>[0-9]{4})(?<mo>1[0-2]|0[1-9]|[1-9])(?<d>3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])$", RegexOptions.CultureInvariant);

    /// <summary><c>image_build_date</c>, <c>provided_until</c>, a dated <c>uuid_validity</c>: the four accepted forms.</summary>
    public static DateTime? Parse(string? text) => text is null ? null : Forms.Select(f => Match(f, text)).FirstOrDefault(d => d is not null);

    /// <summary><c>created_at</c>: only the strict form <c>YYYY-MM-DDThh:mm:ssZ</c>.</summary>
    public static DateTime? ParseCreatedAt(string? text) => text is null ? null : Match(Strict, text);

    /// <summary>The last word of a name as a rotation marker date: <c>yyyy-MM-dd</c> or <c>yyyyMMdd</c>.</summary>
    public static bool IsMarkerDate(string word) => Match(Forms[3], word) is not null || Match(Compact, word) is not null;

    private static DateTime? Match(Regex form, string text)
    {
        var m = form.Match(text);
        if (!m.Success)
        {
            return null;
        }
        int Part(string name, int otherwise) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value.Trim(), CultureInfo.InvariantCulture) : otherwise;
        var (year, month, day) = (Part("y", 1), Part("mo", 1), Part("d", 1));
        if (day > DateTime.DaysInMonth(year, month) || year < 1)
        {
            return null;
        }
        return new DateTime(year, month, day, Part("h", 0), Part("mi", 0), Math.Min(Part("s", 0), 59), DateTimeKind.Utc);
    }
}
