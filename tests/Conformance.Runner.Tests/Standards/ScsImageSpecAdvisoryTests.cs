using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>
/// The differences between the scope's image_spec list (scs-0104-v1-images-v5.yaml for v5.1) and the official table
/// (SCS-IMAGE-STANDARDS.md §4.3, "Differences"): advisories, never a changed outcome.
/// </summary>
public sealed class ScsImageSpecAdvisoryTests
{
    private static IReadOnlyList<System.Text.Json.Nodes.JsonObject> CompliantSet() =>
    [
        ScsOracle.Compliant(),
        ScsOracle.With("image_source", "\"https://cloud.debian.org/images/cloud/bookworm/x\"", ScsOracle.Compliant("Debian 12")),
        ScsOracle.With("image_source", "\"https://nbg1.your-objectstorage.com/osism/openstack-k8s-capi-images/x\"", ScsOracle.Compliant("ubuntu-capi-image-v1.31.4")),
    ];

    private static ScsCheckResult Run(string testcaseId, IEnumerable<System.Text.Json.Nodes.JsonObject> images) =>
        ScsTestcases.Run(testcaseId, ScsOracle.Standard, new ScsCheckContext(images.Select(i => new ScsImage(i)).ToList(), ScsOracle.Now), "v5.1");

    [Test]
    public void ImageSpec_ReadBesideTheData_ForTheV5Module()
    {
        ScsOracle.Standard.ImageSpecFiles.Should().ContainKey("scs-0104-v1-2")
            .WhoseValue.FileName.Should().Be("scs-0104-v1-images-v5.yaml");
        ScsOracle.Standard.ImageSpecFiles["scs-0104-v1-1"].FileName.Should().Be("scs-0104-v1-images.yaml");
    }

    [Test]
    public void CompliantSet_NoAdvisory()
    {
        foreach (var id in new[] { "scs-0104-image-ubuntu-2404", "scs-0104-source-debian-12", "scs-0104-source-capi-2", "scs-0104-source-debian-13" })
        {
            Run(id, CompliantSet()).Findings.Should().BeEmpty(id);
        }
    }

    [Test]
    public void SourceOfDebian13_OnlyTheOfficialTableRequiresIt_FailsWithAnAdvisory()
    {
        var result = Run("scs-0104-source-debian-13", [.. CompliantSet(), ScsOracle.With("image_source", "\"https://example.com/x\"", ScsOracle.Compliant("Debian 13"))]);

        result.Outcome.Should().Be(ScsOutcome.Fail);
        result.Findings.Should().ContainSingle(f => f.Kind == ScsFindingKind.Advisory)
            .Which.Rule.Should().Contain("scs-0104-v1-images-v5.yaml").And.Contain("only the official test's own table");
    }

    [Test]
    public void RecommendedDebian12Missing_PresenceStillPasses_WithAnAdvisory()
    {
        var result = Run("scs-0104-image-ubuntu-2404", CompliantSet().Where(i => (string?)i["name"] != "Debian 12"));

        result.Outcome.Should().Be(ScsOutcome.Pass);
        result.Findings.Should().ContainSingle().Which.Should().Match<ScsFinding>(f =>
            f.Kind == ScsFindingKind.Advisory && f.ImageId == ScsFinding.NoImage && f.Rule.Contains("\"Debian 12\" SHOULD be listed"));
    }

    [Test]
    public void Debian10WithAnotherSource_NoTestcaseOfV51ChecksIt_AdvisoryOnThePresenceTestcase()
    {
        var debian10 = ScsOracle.With("image_source", "\"https://example.com/debian-10\"", ScsOracle.Compliant("Debian 10"));

        var result = Run("scs-0104-image-ubuntu-2404", [.. CompliantSet(), debian10]);

        result.Outcome.Should().Be(ScsOutcome.Pass);
        result.Findings.Should().ContainSingle().Which.Should().Match<ScsFinding>(f =>
            f.Kind == ScsFindingKind.Advisory && f.ImageName == "Debian 10" && f.Property == "image_source" && f.Rule.Contains("buster"));
    }

    [Test]
    public void WithoutScopeVersion_OfficialResultOnly()
    {
        var result = ScsTestcases.Run("scs-0104-image-ubuntu-2404", ScsOracle.Standard,
            new ScsCheckContext([new ScsImage(ScsOracle.Compliant())], ScsOracle.Now));

        result.Findings.Should().BeEmpty();
    }
}
