using System.Globalization;

namespace Conformance.Runner.Profile;

/// <summary>Sizes as people write them (<c>1MiB</c>, <c>64MiB</c>, <c>512MiB</c>, <c>1GiB</c>, or bytes) and back.</summary>
public static class ByteSizes
{
    private static readonly (string Suffix, long Factor)[] Units = [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("B", 1)];

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim();
        foreach (var (suffix, factor) in Units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(trimmed[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                bytes = count * factor;
                return bytes > 0;
            }
        }
        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out bytes) && bytes > 0;
    }

    public static string Format(long bytes)
    {
        foreach (var (suffix, factor) in Units)
        {
            if (bytes >= factor && bytes % factor == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{bytes / factor} {suffix}");
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{bytes} B");
    }
}
