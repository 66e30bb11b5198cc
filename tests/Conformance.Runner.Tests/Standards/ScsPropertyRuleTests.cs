using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>One case per row of SCS-IMAGE-STANDARDS.md §3.3 (what the official test checks per testcase id), both ways.</summary>
public sealed class ScsPropertyRuleTests
{
    [TestCase("scs-0102-prop-architecture", "architecture", "\"x86_64\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-architecture", "architecture", "\"aarch64\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-architecture", "architecture", "\"risc-v\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-architecture", "architecture", "\"i686\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-architecture", "architecture", "\"riscv64\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-architecture", "architecture", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_disk", "min_disk", "0", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_disk", "min_disk", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_disk", "size", "1073741825", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_disk", "size", "1073741824", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-min_disk", "size", "null", ScsOutcome.Abort)]
    [TestCase("scs-0102-prop-min_ram", "min_ram", "0", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_ram", "min_ram", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-min_ram", "min_ram", "32", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-os_version", "os_version", "\"\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-os_version", "os_version", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-os_version", "os_version", "\"noble\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-os_distro", "os_distro", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-os_distro", "os_distro", "\"Ubuntu\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-os_purpose", "os_purpose", "\"oldgeneric\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-os_purpose", "os_purpose", "\"desktop\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-os_purpose", "os_purpose", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hw_disk_bus", "hw_disk_bus", "\"virtio\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hw_disk_bus", "hw_disk_bus", "absent", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hw_disk_bus", "hw_disk_bus", "\"\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hw_disk_bus", "hw_disk_bus", "\"ide\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hypervisor_type", "hypervisor_type", "absent", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hypervisor_type", "hypervisor_type", "\"kvm\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hypervisor_type", "hypervisor_type", "\"hyperv\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hw_rng_model", "hw_rng_model", "absent", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hw_rng_model", "hw_rng_model", "\"random\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "\"2026-12-01 10:30\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "\"2026-12-01 10:30:59\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "\"01.12.2026\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "\"2026-12-02 11:00\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_build_date", "image_build_date", "\"2026-12-04\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_build_date", "created_at", "\"2026-12-02 10:00:00\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_original_user", "image_original_user", "\"none\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_original_user", "image_original_user", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_source", "image_source", "\"private\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_source", "image_source", "\"ftps://x\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_source", "image_source", "\"HTTPS://x\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_source", "image_source", "\"s3://bucket/x\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_source", "image_source", "\"Private\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_source", "image_source", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-image_description", "image_description", "\"any text\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-image_description", "image_description", "\"\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-replace_frequency", "replace_frequency", "\"critical_bug\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-replace_frequency", "replace_frequency", "\"Monthly\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-replace_frequency", "replace_frequency", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-provided_until", "provided_until", "\"whenever\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-provided_until", "provided_until", "\"\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-provided_until", "provided_until", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-uuid_validity", "uuid_validity", "absent", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-uuid_validity", "uuid_validity", "\"forever\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-uuid_validity", "uuid_validity", "\"2027-01-31\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-uuid_validity", "uuid_validity", "\"last-\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-uuid_validity", "uuid_validity", "\"\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "absent", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "\"\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "\"48\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "\"-1\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "\"1.5\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hotfix_hours", "hotfix_hours", "\" 48\"", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hash_algo", "os_hash_algo", "\"sha256\"", ScsOutcome.Pass)]
    [TestCase("scs-0102-prop-hash_algo", "os_hash_algo", "null", ScsOutcome.Fail)]
    [TestCase("scs-0102-prop-hash_algo", "os_hash_algo", "\"md5\"", ScsOutcome.Fail)]
    public void Testcase_OneProperty_GivesTheOfficialOutcome(string testcaseId, string property, string value, ScsOutcome expected)
    {
        var result = ScsOracle.Run(testcaseId, ScsOracle.Compliant("Debian 12"), ScsOracle.With(property, value));

        result.Outcome.Should().Be(expected, string.Join("\n", result.Findings));
        if (expected == ScsOutcome.Fail)
        {
            result.Errors.Should().NotBeEmpty().And.OnlyContain(f => f.ImageName == "Ubuntu 24.04", "the findings name the offending image, not the compliant one");
        }
    }

    [Test]
    public void EveryTestcase_CompliantImage_Passes()
    {
        foreach (var id in ScsTestcases.MetadataIds)
        {
            ScsOracle.Run(id, ScsOracle.Compliant()).Outcome.Should().Be(ScsOutcome.Pass, id);
        }
    }

    [TestCase("hw_disk_bus", "absent", "scs-0102-prop-hw_disk_bus")]
    [TestCase("uuid_validity", "absent", "scs-0102-prop-uuid_validity")]
    [TestCase("os_distro", "\"Ubuntu\"", "scs-0102-prop-os_distro")]
    [TestCase("os_version", "\"noble\"", "scs-0102-prop-os_version")]
    [TestCase("provided_until", "\"whenever\"", "scs-0102-prop-provided_until")]
    [TestCase("architecture", "\"risc-v\"", "scs-0102-prop-architecture")]
    public void TextStricterThanTest_PassesWithAnAdvisory(string property, string value, string testcaseId)
    {
        var result = ScsOracle.Run(testcaseId, ScsOracle.With(property, value));

        result.Outcome.Should().Be(ScsOutcome.Pass);
        result.Findings.Should().ContainSingle(f => f.Kind == ScsFindingKind.Advisory && f.Property == property);
    }

    [Test]
    public void BuildDate_InTheFuture_Fails()
    {
        var image = ScsOracle.With("created_at", "\"2026-12-10T00:00:00Z\"", ScsOracle.With("image_build_date", "\"2026-12-05\""));

        var result = ScsOracle.Run("scs-0102-prop-image_build_date", image);

        result.Errors.Should().ContainSingle().Which.Rule.Should().Contain("future");
    }

    [Test]
    public void MinRam_Below64_PassesWithAWarning()
    {
        var result = ScsOracle.Run("scs-0102-prop-min_ram", ScsOracle.With("min_ram", "32"));

        result.Findings.Should().ContainSingle(f => f.Kind == ScsFindingKind.Warning && f.Property == "min_ram");
    }

    [Test]
    public void NoImages_EveryMetadataTestcase_PassesAsTheOfficialTestDoes()
    {
        foreach (var id in ScsTestcases.MetadataIds)
        {
            ScsOracle.Run(id).Outcome.Should().Be(ScsOutcome.Pass, id);
        }
    }
}
