namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// The per-image rules of scs-0102 as the official test applies them (one testcase id each); every offending
/// image is an error. Advisory findings mark where the standard's text asks for more than the test checks.
/// </summary>
public static class ScsPropertyRules
{
    public delegate IEnumerable<ScsFinding> Rule(ScsImage image, DateTime now);

    public static readonly IReadOnlyDictionary<string, Rule> ById = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        ["scs-0102-prop-architecture"] = (i, _) => Architecture(i),
        ["scs-0102-prop-min_disk"] = (i, _) => MinDisk(i),
        ["scs-0102-prop-min_ram"] = (i, _) => MinRam(i),
        ["scs-0102-prop-os_version"] = (i, _) => OsVersion(i),
        ["scs-0102-prop-os_distro"] = (i, _) => OsDistro(i),
        ["scs-0102-prop-os_purpose"] = (i, _) => OneOf(i, "os_purpose", ScsVocabulary.OsPurposes, required: true),
        ["scs-0102-prop-hw_disk_bus"] = (i, _) => HwDiskBus(i),
        ["scs-0102-prop-hypervisor_type"] = (i, _) => OneOf(i, "hypervisor_type", ScsVocabulary.HypervisorTypes, required: false),
        ["scs-0102-prop-hw_rng_model"] = (i, _) => OneOf(i, "hw_rng_model", ScsVocabulary.RngModels, required: false),
        ["scs-0102-prop-image_build_date"] = BuildDate,
        ["scs-0102-prop-image_original_user"] = (i, _) => NonEmpty(i, "image_original_user", "the default login user MUST be given (none if the OS has none)"),
        ["scs-0102-prop-image_source"] = (i, _) => ImageSource(i),
        ["scs-0102-prop-image_description"] = (i, _) => NonEmpty(i, "image_description", "a URL or text with release notes or information MUST be given"),
        ["scs-0102-prop-replace_frequency"] = (i, _) => OneOf(i, "replace_frequency", ScsVocabulary.ReplaceFrequencies, required: true),
        ["scs-0102-prop-provided_until"] = (i, _) => ProvidedUntil(i),
        ["scs-0102-prop-uuid_validity"] = (i, _) => UuidValidity(i),
        ["scs-0102-prop-hotfix_hours"] = (i, _) => HotfixHours(i),
        ["scs-0102-prop-hash_algo"] = (i, _) => OneOf(i, "os_hash_algo", ScsVocabulary.HashAlgorithms, required: true),
    };

    private static IEnumerable<ScsFinding> Architecture(ScsImage image)
    {
        var value = image.Text("architecture");
        if (value is null || !ScsVocabulary.Architectures.Contains(value))
        {
            yield return image.Finding(ScsFindingKind.Error, "architecture", $"MUST be one of {List(ScsVocabulary.Architectures)} (the official test's list)");
        }
        else if (value == "risc-v")
        {
            yield return image.Finding(ScsFindingKind.Advisory, "architecture", "the text asks for OpenStack's vocabulary, whose name for RISC-V is riscv64");
        }
    }

    private static IEnumerable<ScsFinding> MinDisk(ScsImage image)
    {
        var minDisk = image.Number("min_disk") ?? 0;
        if (minDisk == 0)
        {
            yield return image.Finding(ScsFindingKind.Error, "min_disk", "MUST be set (GiB, at least the image size)");
            yield break;
        }
        var size = image.Number("size") ?? throw new ScsAbortException($"image {image.Id} \"{image.Name}\" has min_disk {minDisk} but no size: the official check compares with a null size and raises");
        if (minDisk * (1L << 30) < size)
        {
            yield return new ScsFinding(ScsFindingKind.Error, image.Id, image.Name, "min_disk", minDisk.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"MUST hold the image: {minDisk} GiB is less than its size of {size} bytes");
        }
    }

    private static IEnumerable<ScsFinding> MinRam(ScsImage image)
    {
        var minRam = image.Number("min_ram") ?? 0;
        if (minRam == 0)
        {
            yield return image.Finding(ScsFindingKind.Error, "min_ram", "MUST be set (MiB)");
        }
        else if (minRam < 64)
        {
            yield return image.Finding(ScsFindingKind.Warning, "min_ram", "is below 64 MiB, hardly enough to boot");
        }
    }

    private static IEnumerable<ScsFinding> OsVersion(ScsImage image)
    {
        var version = image.Set("os_version");
        if (version is null)
        {
            yield return image.Finding(ScsFindingKind.Error, "os_version", "MUST be set");
        }
        else if (image.Set("os_distro") is "ubuntu" or "debian" && !ScsVocabulary.IsNumericVersion(version))
        {
            yield return image.Finding(ScsFindingKind.Advisory, "os_version", "the text asks for the numeric version where the distribution numbers them (e.g. 24.04)");
        }
    }

    private static IEnumerable<ScsFinding> OsDistro(ScsImage image)
    {
        var distro = image.Set("os_distro");
        if (distro is null)
        {
            yield return image.Finding(ScsFindingKind.Error, "os_distro", "MUST be set");
        }
        else if (!string.Equals(distro, distro.ToLowerInvariant(), StringComparison.Ordinal))
        {
            yield return image.Finding(ScsFindingKind.Advisory, "os_distro", "the text asks for OpenStack's vocabulary, which is lowercase");
        }
    }

    private static IEnumerable<ScsFinding> HwDiskBus(ScsImage image)
    {
        var bus = image.Text("hw_disk_bus");
        if (bus is null)
        {
            yield return image.Finding(ScsFindingKind.Advisory, "hw_disk_bus", "the text makes it mandatory; the official test passes an image without it");
        }
        else if (!ScsVocabulary.DiskBuses.Contains(bus))
        {
            yield return image.Finding(ScsFindingKind.Error, "hw_disk_bus", $"when set MUST be one of {List(ScsVocabulary.DiskBuses)}");
        }
    }

    private static IEnumerable<ScsFinding> BuildDate(ScsImage image, DateTime now)
    {
        var built = ScsDates.Parse(image.Text("image_build_date"));
        var created = ScsDates.ParseCreatedAt(image.Text("created_at")) ?? DateTime.UnixEpoch;
        if (built is null)
        {
            yield return image.Finding(ScsFindingKind.Error, "image_build_date", "MUST be YYYY-MM-DD or YYYY-MM-DD hh:mm[:ss] (UTC)");
        }
        else if (built > created)
        {
            yield return image.Finding(ScsFindingKind.Error, "image_build_date", $"MUST NOT be later than the image's created_at ({image.Text("created_at") ?? "not a valid date"})");
        }
        if ((built ?? created) > now)
        {
            yield return new ScsFinding(ScsFindingKind.Error, image.Id, image.Name, built is null ? "created_at" : "image_build_date",
                image.Text(built is null ? "created_at" : "image_build_date"), $"MUST NOT be in the future (now is {now:yyyy-MM-ddTHH:mm:ssZ})");
        }
    }

    private static IEnumerable<ScsFinding> ImageSource(ScsImage image)
    {
        var source = image.Text("image_source");
        if (source is null || !ScsVocabulary.IsImageSource(source))
        {
            yield return image.Finding(ScsFindingKind.Error, "image_source", "MUST be a URL (http, https, ftp or ftps) or the word private");
        }
    }

    private static IEnumerable<ScsFinding> ProvidedUntil(ScsImage image)
    {
        var value = image.Set("provided_until");
        if (value is null)
        {
            yield return image.Finding(ScsFindingKind.Error, "provided_until", "MUST be set (a date, none or notice)");
        }
        else if (value is not ("none" or "notice") && ScsDates.Parse(value) is null)
        {
            yield return image.Finding(ScsFindingKind.Advisory, "provided_until", "the text asks for YYYY-MM-DD, none or notice; the official test checks the form only for outdated images");
        }
    }

    private static IEnumerable<ScsFinding> UuidValidity(ScsImage image)
    {
        var value = image.Text("uuid_validity");
        if (value is null)
        {
            yield return image.Finding(ScsFindingKind.Advisory, "uuid_validity", "the text makes it mandatory; the official test passes an image without it");
        }
        else if (!ScsVocabulary.IsUuidValidity(value))
        {
            yield return image.Finding(ScsFindingKind.Error, "uuid_validity", "when set MUST be none, notice, forever, last-N or a date");
        }
    }

    private static IEnumerable<ScsFinding> HotfixHours(ScsImage image)
    {
        if (image.Set("hotfix_hours") is { } value && !ScsVocabulary.IsDecimal(value))
        {
            yield return image.Finding(ScsFindingKind.Error, "hotfix_hours", "when set MUST be a whole number of hours");
        }
    }

    private static IEnumerable<ScsFinding> NonEmpty(ScsImage image, string property, string rule)
    {
        if (image.Set(property) is null)
        {
            yield return image.Finding(ScsFindingKind.Error, property, rule);
        }
    }

    private static IEnumerable<ScsFinding> OneOf(ScsImage image, string property, IReadOnlySet<string> allowed, bool required)
    {
        var value = image.Text(property);
        if ((value is null && required) || (value is not null && !allowed.Contains(value)))
        {
            yield return image.Finding(ScsFindingKind.Error, property, $"{(required ? "MUST" : "when set MUST")} be one of {List(allowed)}");
        }
    }

    private static string List(IEnumerable<string> values) => string.Join(", ", values);
}
