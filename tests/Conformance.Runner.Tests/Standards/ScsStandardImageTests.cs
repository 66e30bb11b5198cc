using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The rows of SCS-IMAGE-STANDARDS.md §4.2-4.3 (scs-0104 as the official test runs it).</summary>
public sealed class ScsStandardImageTests
{
    [TestCase("scs-0104-source-ubuntu-2404", "Ubuntu 24.04", "https://cloud-images.ubuntu.com/releases/noble/x.img", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-ubuntu-2404", "Ubuntu 24.04", "https://cloud-images.ubuntu.com/noble/x.img", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-ubuntu-2404", "Ubuntu 24.04", "https://cloud-images.ubuntu.com/releases/jammy/x.img", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-ubuntu-2404", "Ubuntu 24.04", "absent", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-ubuntu-2404", "ubuntu 24.04", "https://example.com/x.img", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-ubuntu-2204", "Ubuntu 22.04", "https://cloud-images.ubuntu.com/jammy/x.img", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-ubuntu-2204", "Ubuntu 22.04", "https://cloud-images.ubuntu.com/focal/x.img", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-ubuntu-2004", "Ubuntu 20.04", "https://cloud-images.ubuntu.com/releases/focal/x.img", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-ubuntu-2004", "Ubuntu 20.04", "private", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-debian-13", "Debian 13", "https://cdimage.debian.org/cdimage/cloud/trixie/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-debian-13", "Debian 13", "https://cloud.debian.org/images/cloud/bookworm/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-debian-12", "Debian 12", "https://cloud.debian.org/images/cloud/bookworm/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-debian-12", "Debian 12", "HTTPS://cloud.debian.org/images/cloud/bookworm/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-debian-11", "Debian 11", "https://cloud.debian.org/images/cloud/bullseye/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-debian-11", "Debian 11", "https://cloud.debian.org/images/cloud/buster/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-debian-10", "Debian 10", "https://cloud.debian.org/images/cloud/bullseye/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-capi-2", "ubuntu-capi-image-v1.31.4", "https://nbg1.your-objectstorage.com/osism/openstack-k8s-capi-images/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-capi-2", "ubuntu-capi-image-v1.31", "https://example.com/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-capi-2", "ubuntu-capi-image-v1.31-extra", "https://example.com/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-capi-2", "my ubuntu-capi-image-v1.31", "https://example.com/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-capi-2", "ubuntu-capi-image-v1", "https://example.com/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-capi-2", "ubuntu-capi-image v1.31", "https://example.com/x", ScsOutcome.Pass)]
    [TestCase("scs-0104-source-capi-1", "ubuntu-capi-image v1.31", "https://example.com/x", ScsOutcome.Fail)]
    [TestCase("scs-0104-source-capi-1", "ubuntu-capi-image v1.31", "https://swift.services.a.regiocloud.tech/swift/v1/AUTH_b182637428444b9aa302bb8d5a5a418c/openstack-k8s-capi-images/ubuntu-2204-kube-v1.31", ScsOutcome.Pass)]
    public void SourceTestcase_ImageOfThatName_NeedsAnAllowedPrefix(string testcaseId, string name, string source, ScsOutcome expected)
    {
        var image = source == "absent" ? ScsOracle.With("image_source", "absent", ScsOracle.Compliant(name))
            : ScsOracle.With("image_source", $"\"{source}\"", ScsOracle.Compliant(name));

        var result = ScsOracle.Run(testcaseId, image);

        result.Outcome.Should().Be(expected);
        if (expected == ScsOutcome.Fail)
        {
            result.Errors.Should().ContainSingle().Which.Should().Match<ScsFinding>(f => f.ImageName == name && f.Property == "image_source");
        }
    }

    [Test]
    public void SourceTestcase_DuplicateNames_OnlyTheLastListedIsExamined()
    {
        var bad = ScsOracle.With("image_source", "\"https://example.com/x\"", ScsOracle.Compliant());
        var good = ScsOracle.Compliant();

        ScsOracle.Run("scs-0104-source-ubuntu-2404", bad, good).Outcome.Should().Be(ScsOutcome.Pass);
        ScsOracle.Run("scs-0104-source-ubuntu-2404", good, bad).Outcome.Should().Be(ScsOutcome.Fail);
    }

    [TestCase("scs-0104-image-ubuntu-2404", "Ubuntu 24.04", ScsOutcome.Pass)]
    [TestCase("scs-0104-image-ubuntu-2404", "Ubuntu 24.04 LTS", ScsOutcome.Fail)]
    [TestCase("scs-0104-image-ubuntu-2204", "Ubuntu 22.04", ScsOutcome.Pass)]
    [TestCase("scs-0104-image-debian-12", "Debian 12", ScsOutcome.Pass)]
    [TestCase("scs-0104-image-debian-12", "debian 12", ScsOutcome.Fail)]
    [TestCase("scs-0104-image-capi-2", "ubuntu-capi-image-v1.31.4", ScsOutcome.Pass)]
    [TestCase("scs-0104-image-capi-1", "ubuntu-capi-image-v1.31.4", ScsOutcome.Fail)]
    public void PresenceTestcase_NeedsAListedImage(string testcaseId, string name, ScsOutcome expected)
    {
        ScsOracle.Run(testcaseId, ScsOracle.Compliant(name)).Outcome.Should().Be(expected);
    }

    [Test]
    public void NoImages_SourceTestcasesPass_PresenceFails()
    {
        ScsOracle.Run("scs-0104-source-ubuntu-2404").Outcome.Should().Be(ScsOutcome.Pass);
        ScsOracle.Run("scs-0104-image-ubuntu-2404").Errors.Should().ContainSingle().Which.Rule.Should().Contain("missing image");
    }
}
