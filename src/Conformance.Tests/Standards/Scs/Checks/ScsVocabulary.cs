using System.Text.RegularExpressions;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// The value lists and forms the official scs-0102 test accepts (facts of the SCS test code, read at standards
/// commit 077174d9). Where they differ from the standard's text the checks add an advisory finding.
/// </summary>
public static partial class ScsVocabulary
{
    public static readonly IReadOnlySet<string> Architectures = Set("x86_64", "aarch64", "risc-v");
    public static readonly IReadOnlySet<string> OsPurposes = Set("generic", "oldgeneric", "minimal", "k8snode", "gpu", "network", "custom");
    public static readonly IReadOnlySet<string> DiskBuses = Set("virtio", "scsi");
    public static readonly IReadOnlySet<string> HypervisorTypes = Set("qemu", "kvm", "xen", "hyper-v", "esxi");
    public static readonly IReadOnlySet<string> RngModels = Set("virtio");
    public static readonly IReadOnlySet<string> ReplaceFrequencies = Set("never", "critical_bug", "yearly", "quarterly", "monthly", "weekly", "daily");
    public static readonly IReadOnlySet<string> HashAlgorithms = Set("sha256", "sha512");
    public static readonly IReadOnlySet<string> UrlSchemes = Set("http", "https", "ftp", "ftps");
    public static readonly IReadOnlySet<string> UndatedUuidValidity = Set("none", "notice", "forever");

    /// <summary>How long an image may live behind its name, per <c>replace_frequency</c> (deliberately rounded up); null = never outdated.</summary>
    public static TimeSpan? Period(string frequency) => frequency switch
    {
        "yearly" => TimeSpan.FromDays(365),
        "quarterly" => TimeSpan.FromDays(92),
        "monthly" => TimeSpan.FromDays(31),
        "weekly" => TimeSpan.FromHours(7 * 25),
        "daily" => TimeSpan.FromHours(25),
        _ => null,
    };

    /// <summary><c>private</c>, or a URL: text before the first <c>://</c> is exactly http, https, ftp or ftps.</summary>
    public static bool IsImageSource(string value)
    {
        var at = value.IndexOf("://", StringComparison.Ordinal);
        return value == "private" || (at >= 0 && UrlSchemes.Contains(value[..at]));
    }

    /// <summary><c>none</c>, <c>notice</c>, <c>forever</c>, <c>last-N</c> or a date.</summary>
    public static bool IsUuidValidity(string value) =>
        UndatedUuidValidity.Contains(value) || LastN().IsMatch(value) || ScsDates.Parse(value) is not null;

    /// <summary>Python's <c>str.isdecimal()</c>: at least one character, every one a Unicode decimal digit.</summary>
    public static bool IsDecimal(string value) => value.Length > 0 && value.All(char.IsDigit);

    /// <summary>Numeric versions as the text asks for distributions that number them (e.g. <c>24.04</c>, <c>12</c>).</summary>
    public static bool IsNumericVersion(string value) => NumericVersion().IsMatch(value);

    [GeneratedRegex("^last-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LastN();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericVersion();

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
