using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The row of SCS-IMAGE-STANDARDS.md §3.3 for scs-0102-os_purpose-uniqueness.</summary>
public sealed class ScsUniquenessTests
{
    private const string Id = "scs-0102-os_purpose-uniqueness";

    [Test]
    public void TwoPublicGenericImages_SameKey_BothNamed()
    {
        var result = ScsOracle.Run(Id, ScsOracle.Compliant("Ubuntu 24.04"), ScsOracle.Compliant("Ubuntu 24.04 minimal"));

        result.Errors.Select(f => f.ImageName).Should().BeEquivalentTo("Ubuntu 24.04", "Ubuntu 24.04 minimal");
    }

    [TestCase("architecture", "\"aarch64\"")]
    [TestCase("os_purpose", "\"oldgeneric\"")]
    [TestCase("visibility", "\"community\"")]
    [TestCase("os_hidden", "true")]
    [TestCase("os_version", "\"\"")]
    [TestCase("os_distro", "\"Ubuntu\"")]
    public void SecondImage_DiffersInKeyOrScope_Passes(string property, string value)
    {
        var second = ScsOracle.With(property, value, ScsOracle.Compliant("Ubuntu 24.04 other"));

        ScsOracle.Run(Id, ScsOracle.Compliant(), second).Outcome.Should().Be(ScsOutcome.Pass);
    }
}
