using Conformance.Runner.Certification;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

public sealed class GuidelineReaderTests
{
    [Test]
    public void Parse_Schema20_ReadsProgramsComponentsAndTests()
    {
        var guideline = GuidelineFixtures.Read();

        guideline.Id.Should().Be("fixture.2020.06");
        guideline.Platforms.Keys.Should().BeEquivalentTo("OpenStack Powered Platform", "OpenStack Powered Compute", "OpenStack Powered Storage");
        guideline.Platforms["OpenStack Powered Platform"].Components.Should().Equal("os_powered_compute", "os_powered_storage");
        guideline.Components["os_powered_compute"].Capabilities[CapabilityStatus.Advisory].Should().Equal("images-v2-data");
        var index = guideline.Capabilities["images-v2-index"];
        index.Project.Should().Be("glance");
        var test = index.Tests.Single();
        (test.Name, test.IdempotentId, test.IsFlagged).Should().Be((GuidelineFixtures.ListTest, GuidelineFixtures.ListId, false));
        test.Aliases.Should().Equal(GuidelineFixtures.ListAlias);
        guideline.Capabilities["images-v2-delete"].Tests.Single(t => t.IsFlagged).FlaggedReason.Should().Be("D401 flaky");
    }

    [Test]
    public void Parse_AddOnFile_ReadsItsRequiredPlatformComponents()
    {
        var addOn = GuidelineReader.Parse(GuidelineFixtures.AddOn, "addon.json");

        addOn.Platforms.Should().BeEmpty();
        addOn.AddOns["Imaging"].RequiredPlatformComponents.Should().Equal("os_powered_compute");
    }

    [TestCase("""{"metadata":{"id":"2019.06","schema":"1.6"},"components":{},"capabilities":{}}""", "$.metadata.schema is '1.6'")]
    [TestCase("""{"metadata":{"schema":"2.0"},"components":{},"capabilities":{}}""", "$.metadata.id is missing")]
    [TestCase("""{"metadata":{"id":"x","schema":"2.0"},"components":{}}""", "$.capabilities is missing")]
    [TestCase("""{"metadata":{"id":"x","schema":"2.0"},"platforms":{"P":{}},"components":{},"capabilities":{}}""", "$.platforms.P.components is missing")]
    [TestCase("[1, 2]", "$ is not a JSON object")]
    [TestCase("{ nope", "is not JSON")]
    public void Parse_NotAGuideline_NamesTheFileAndTheMember(string json, string problem)
    {
        var parse = () => GuidelineReader.Parse(json, "bad.json");

        parse.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("bad.json").And.Contain(problem);
    }
}
