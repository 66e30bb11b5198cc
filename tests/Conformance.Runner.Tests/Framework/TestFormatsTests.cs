using Conformance.Tests.Framework;

namespace Conformance.Runner.Tests.Framework;

/// <summary>When one shared image may carry both a disk and a container format other than the test images' own.</summary>
public sealed class TestFormatsTests
{
    [TestCase("qcow2", "ovf", true)]
    [TestCase("ami", "ami", true)]
    [TestCase("ari", "ari", true)]
    [TestCase(null, null, true)]
    [TestCase("qcow2", null, true)]
    [TestCase("ami", "ovf", false)]
    [TestCase("vhd", "aki", false)]
    [TestCase("ami", null, false)]
    [TestCase("ami", "ari", false)]
    public void MayGoTogether_OnlyAnAmazonFormatBesideAnotherIsRefused(string? disk, string? container, bool together) =>
        TestFormats.MayGoTogether(disk, container).Should().Be(together);
}
