using Conformance.Runner.Standards;
using Conformance.Tests.Standards.Scs.Checks;
using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Runner.Tests.Standards;

/// <summary>
/// The rows of SCS-IMAGE-STANDARDS.md as cases: a compliant image, one property changed, and the outcome the
/// official test gives. "Now" is fixed so that dates are rows, not clocks.
/// </summary>
internal static class ScsOracle
{
    public static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>The shared data; the tests that need it are ignored with the reason when ../shared is not there.</summary>
    public static ScsStandard Standard
    {
        get
        {
            var path = StandardSelection.DefaultDataFile();
            if (!File.Exists(path))
            {
                Assert.Ignore($"the SCS data {path} is not here (../shared beside the repository)");
            }
            return ScsStandardCache.Get(path);
        }
    }

    /// <summary>An image every v5.1 check passes: Ubuntu 24.04 built two days before now.</summary>
    public static JsonObject Compliant(string name = "Ubuntu 24.04") => new()
    {
        ["id"] = $"id-{name.Replace(' ', '-')}",
        ["name"] = name,
        ["visibility"] = "public",
        ["os_hidden"] = false,
        ["created_at"] = "2026-12-02T10:00:00Z",
        ["size"] = 1024,
        ["min_disk"] = 1,
        ["min_ram"] = 512,
        ["os_hash_algo"] = "sha512",
        ["architecture"] = "x86_64",
        ["os_distro"] = "ubuntu",
        ["os_version"] = "24.04",
        ["os_purpose"] = "generic",
        ["hw_disk_bus"] = "scsi",
        ["image_build_date"] = "2026-12-01",
        ["image_original_user"] = "ubuntu",
        ["image_source"] = "https://cloud-images.ubuntu.com/releases/noble/release/x.img",
        ["image_description"] = "https://example.org/notes",
        ["replace_frequency"] = "monthly",
        ["provided_until"] = "none",
        ["uuid_validity"] = "last-3",
    };

    /// <summary>The compliant image with <paramref name="property"/> set to <paramref name="value"/> (JSON text; <c>absent</c> removes it).</summary>
    public static JsonObject With(string property, string value, JsonObject? image = null)
    {
        var json = image ?? Compliant();
        if (value == "absent")
        {
            json.Remove(property);
        }
        else
        {
            json[property] = JsonNode.Parse(value);
        }
        return json;
    }

    public static ScsCheckResult Run(string testcaseId, params JsonObject[] images) =>
        ScsTestcases.Run(testcaseId, Standard, new ScsCheckContext(images.Select(i => new ScsImage(i)).ToList(), Now));
}
