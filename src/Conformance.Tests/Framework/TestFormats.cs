namespace Conformance.Tests.Framework;

/// <summary>
/// The disk and container formats test images are made with, from those the cloud's image schema allows (operator
/// settings): raw and bare where allowed, because random bytes are a valid raw image and need no container; else
/// the first the schema names. A schema that enumerates none is taken to allow raw and bare.
/// </summary>
public sealed record TestFormats(string Disk, string Container)
{
    public const string PreferredDisk = "raw";
    public const string PreferredContainer = "bare";

    public static TestFormats For(DiscoveredFeatures? features) =>
        new(InPreferenceOrder(features?.DiskFormats ?? [], PreferredDisk)[0], InPreferenceOrder(features?.ContainerFormats ?? [], PreferredContainer)[0]);

    /// <summary>The allowed values, <paramref name="preferred"/> first where allowed; just it where none are enumerated.</summary>
    public static IReadOnlyList<string> InPreferenceOrder(IReadOnlyList<string> allowed, string preferred) =>
        allowed.Count == 0 ? [preferred]
            : allowed.Contains(preferred) ? [preferred, .. allowed.Where(f => f != preferred).Distinct()] : allowed.Distinct().ToList();

    /// <summary>
    /// The value at <paramref name="index"/> in preference order (what <see cref="Requirements"/> picks at that place:
    /// 0 is the test images' own); null when the schema allows no more than <paramref name="index"/> values.
    /// </summary>
    public static string? Choice(IReadOnlyList<string> allowed, string preferred, int index) =>
        InPreferenceOrder(allowed, preferred) is var ordered && ordered.Count > index ? ordered[index] : null;

    // An Amazon kernel, ramdisk or machine image names its format twice: Glance refuses such a disk or container
    // format beside another one.
    private static readonly string[] Amazon = ["aki", "ari", "ami"];

    /// <summary>
    /// Whether one image may have both formats: always, unless one is an Amazon format and the other is not the same.
    /// Null is the test images' own format.
    /// </summary>
    public static bool MayGoTogether(string? disk, string? container) =>
        disk == container || !(Amazon.Contains(disk ?? PreferredDisk) || Amazon.Contains(container ?? PreferredContainer));
}
