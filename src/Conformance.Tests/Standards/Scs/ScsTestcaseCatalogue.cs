namespace Conformance.Tests.Standards.Scs;

/// <summary>
/// Every SCS image testcase id the suite has a check for, with the standard it belongs to and the sentence it proves.
/// The ids are SCS's (they never change once a stable scope version uses them); how scs-0104 ids are judged comes
/// with the standard's data at run time.
/// </summary>
public static class ScsTestcaseCatalogue
{
    public const string MetadataCapability = "scs-0102-image-metadata";
    public const string StandardImagesCapability = "scs-0104-standard-images";

    /// <summary>The category every SCS check carries, so that runs select them only when they judge the SCS standard.</summary>
    public const string Category = "scs-compatible-iaas";

    public sealed record Entry(string Id, string Capability, string Requirement);

    public static readonly IReadOnlyList<Entry> All =
    [
        Metadata("scs-0102-prop-architecture", "Every public image MUST carry architecture, one of x86_64, aarch64, risc-v."),
        Metadata("scs-0102-prop-min_disk", "Every public image MUST carry min_disk (GiB) large enough for its size."),
        Metadata("scs-0102-prop-min_ram", "Every public image MUST carry min_ram (MiB)."),
        Metadata("scs-0102-prop-os_version", "Every public image MUST carry os_version."),
        Metadata("scs-0102-prop-os_distro", "Every public image MUST carry os_distro."),
        Metadata("scs-0102-prop-os_purpose", "Every public image MUST carry os_purpose from the SCS vocabulary."),
        Metadata("scs-0102-prop-hw_disk_bus", "A public image's hw_disk_bus, when set, MUST be virtio or scsi."),
        Metadata("scs-0102-prop-hypervisor_type", "A public image's hypervisor_type, when set, MUST be one of qemu, kvm, xen, hyper-v, esxi."),
        Metadata("scs-0102-prop-hw_rng_model", "A public image's hw_rng_model, when set, MUST be virtio."),
        Metadata("scs-0102-prop-image_build_date", "Every public image MUST carry a valid image_build_date, not after its creation nor in the future."),
        Metadata("scs-0102-prop-image_original_user", "Every public image MUST carry image_original_user."),
        Metadata("scs-0102-prop-image_source", "Every public image MUST carry image_source, a URL or the word private."),
        Metadata("scs-0102-prop-image_description", "Every public image MUST carry image_description."),
        Metadata("scs-0102-prop-replace_frequency", "Every public image MUST carry replace_frequency from the SCS vocabulary."),
        Metadata("scs-0102-prop-provided_until", "Every public image MUST carry provided_until."),
        Metadata("scs-0102-prop-uuid_validity", "A public image's uuid_validity, when set, MUST be none, notice, forever, last-N or a date."),
        Metadata("scs-0102-prop-hotfix_hours", "A public image's hotfix_hours, when set, MUST be a whole number."),
        Metadata("scs-0102-prop-hash_algo", "Every public image SHOULD carry os_hash_algo sha256 or sha512."),
        Metadata("scs-0102-image-recency", "An outdated public image MUST be marked and replaced by a fresh image under its name."),
        Metadata("scs-0102-os_purpose-uniqueness", "At most one public generic image MUST exist per distribution, version and architecture."),
        Source("capi-1", "an image named like ubuntu-capi-image vX.Y"),
        Source("capi-2", "an image named like ubuntu-capi-image-vX.Y"),
        Source("ubuntu-2404", "Ubuntu 24.04"),
        Source("ubuntu-2204", "Ubuntu 22.04"),
        Source("ubuntu-2004", "Ubuntu 20.04"),
        Source("debian-13", "Debian 13"),
        Source("debian-12", "Debian 12"),
        Source("debian-11", "Debian 11"),
        Source("debian-10", "Debian 10"),
        Present("capi-1", "an image named like ubuntu-capi-image vX.Y"),
        Present("capi-2", "an image named like ubuntu-capi-image-vX.Y"),
        Present("ubuntu-2404", "Ubuntu 24.04"),
        Present("ubuntu-2204", "Ubuntu 22.04"),
        Present("ubuntu-2004", "Ubuntu 20.04"),
        Present("debian-13", "Debian 13"),
        Present("debian-12", "Debian 12"),
        Present("debian-11", "Debian 11"),
        Present("debian-10", "Debian 10"),
    ];

    public static Entry? Find(string id) => All.FirstOrDefault(e => e.Id == id);

    private static Entry Metadata(string id, string requirement) => new(id, MetadataCapability, requirement);

    private static Entry Source(string suffix, string image) =>
        new($"scs-0104-source-{suffix}", StandardImagesCapability, $"Every public {image} MUST come from an allowed image_source prefix.");

    private static Entry Present(string suffix, string image) =>
        new($"scs-0104-image-{suffix}", StandardImagesCapability, $"A public {image} MUST be listed.");
}
