using Conformance.Runner.Certification;
using Conformance.Runner.Standards;
using Conformance.Runner.Verdicts;
using Conformance.Tests.Standards.Scs;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The scope versions of SCS-IMAGE-STANDARDS.md §1 and §5, turned into the guideline model the verdict is judged by.</summary>
public sealed class ScsGuidelineTests
{
    [TestCase("v5.1", 23, 14, "effective")]
    [TestCase("next", 25, 16, "draft")]
    [TestCase("v4", 20, 14, "deprecated")]
    public void ScopeVersion_MainTestcases_AreRequiredOnes(string version, int ids, int metadataIds, string status)
    {
        var standard = ScsOracle.Standard;
        var scopeVersion = standard.Versions[version];

        var main = ScsGuideline.MainIds(standard, scopeVersion);
        var guideline = GuidelineReader.Parse(ScsGuideline.Build(standard, scopeVersion, "effective").ToJsonString(), "generated.json");
        var scope = GuidelineSelection.Select(guideline, ScsGuideline.ProgramName(standard, version), null, null);

        main.Should().HaveCount(ids).And.OnlyHaveUniqueItems();
        main.Count(id => id.StartsWith("scs-0102-", StringComparison.Ordinal)).Should().Be(metadataIds);
        scope.InScope.SelectMany(c => c.Capability.Tests).Select(t => t.IdempotentId).Should().BeEquivalentTo(main);
        scope.InScope.Should().OnlyContain(c => c.Status == CapabilityStatus.Required);
        standard.StatusOn(version, new DateOnly(2026, 12, 3)).Should().Be(status);
    }

    [Test]
    public void EveryMainTestcaseOfEveryVersion_HasACheck()
    {
        var standard = ScsOracle.Standard;

        var ids = standard.Modules.Values.SelectMany(m => m.Targets.Values.SelectMany(t => t));

        ids.Should().OnlyContain(id => ScsTestcaseCatalogue.Find(id) != null);
    }

    [Test]
    public void NextAddsPurposeAndUniqueness()
    {
        var standard = ScsOracle.Standard;

        ScsGuideline.MainIds(standard, standard.Versions["next"]).Except(ScsGuideline.MainIds(standard, standard.Versions["v5.1"]))
            .Should().BeEquivalentTo("scs-0102-prop-os_purpose", "scs-0102-os_purpose-uniqueness");
    }

    [Test]
    public void CatalogueIds_AreUnique()
    {
        ScsTestcaseCatalogue.All.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }
}
