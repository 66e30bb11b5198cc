using System.Globalization;

namespace Conformance.ImagesApi.Session;

/// <summary>
/// An Images API version such as <c>2.16</c> (the versions document writes <c>v2.16</c>). Versions are compared,
/// never looked up: Glance leaves some versions out of its list when multi-store or the cache is off.
/// </summary>
public readonly record struct ApiVersion(int Major, int Minor) : IComparable<ApiVersion>
{
    public static ApiVersion? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Trim().TrimStart('v', 'V').Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new ApiVersion(major, minor) : null;
    }

    public static ApiVersion Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not an API version such as 2.16");

    public int CompareTo(ApiVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(ApiVersion a, ApiVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(ApiVersion a, ApiVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(ApiVersion a, ApiVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ApiVersion a, ApiVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
