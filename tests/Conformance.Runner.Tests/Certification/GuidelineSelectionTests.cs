using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Reporting;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

public sealed class GuidelineSelectionTests
{
    [Test]
    public void Select_Compute_SplitsTheImagesPartFromOtherServices()
    {
        var scope = GuidelineFixtures.Compute();

        scope.Program.Should().Be("OpenStack Powered Compute");
        scope.InScope.Select(c => (c.Name, c.Status)).Should().BeEquivalentTo(new[]
        {
            ("images-v2-index", CapabilityStatus.Required), ("images-v2-delete", CapabilityStatus.Required), ("images-v2-data", CapabilityStatus.Advisory),
        });
        scope.OutOfScopeByService().Should().Equal(new ServiceCount("keystone", 1, 1, 1), new ServiceCount("nova", 1, 1, 2));
    }

    [Test]
    public void Select_CapabilityDefinedButListedByNoComponent_IsNotInScope()
    {
        GuidelineFixtures.Compute().Capabilities.Should().NotContain(c => c.Name == "images-v2-import");
    }

    [Test]
    public void Select_PlatformWithTwoComponents_CountsASharedCapabilityOnce()
    {
        var scope = GuidelineSelection.Select(GuidelineFixtures.Read(), "platform", null, null);

        scope.Capabilities.Count(c => c.Name == "identity-v3-tokens-create").Should().Be(1);
        scope.OutOfScopeByService().Select(s => s.Service).Should().Equal("keystone", "nova", "swift");
    }

    [Test]
    public void Select_Object_HasNoImagesPart()
    {
        GuidelineSelection.Select(GuidelineFixtures.Read(), "object", null, null).InScope.Should().BeEmpty();
    }

    [Test]
    public void Select_ProgramByItsFullName_CaseInsensitive()
    {
        GuidelineSelection.Select(GuidelineFixtures.Read(), "openstack powered compute", null, null).Program.Should().Be("OpenStack Powered Compute");
    }

    [Test]
    public void Select_UnknownTarget_NamesThePrograms()
    {
        var select = () => GuidelineSelection.Select(GuidelineFixtures.Read(), "dns", null, null);

        select.Should().Throw<UsageException>().Which.Message.Should()
            .Contain("--target dns").And.Contain("'OpenStack Powered Storage'").And.Contain("platform, compute, object");
    }

    [Test]
    public void Select_AddOn_AddsItsCapabilitiesOnTopOfTheRequiredPlatformComponents()
    {
        var addOn = GuidelineReader.Parse(GuidelineFixtures.AddOn, "addon.json");

        var scope = GuidelineSelection.Select(GuidelineFixtures.Read(), "object", addOn, "Imaging");

        scope.Title.Should().Be("guideline fixture.2020.06, OpenStack Powered Storage + add-on Imaging (imaging.2020.06)");
        scope.InScope.Select(c => c.Name).Should().BeEquivalentTo("imaging-tags", "images-v2-index", "images-v2-delete", "images-v2-data");
    }

    [Test]
    public async Task LoadAsync_AddOnByName_IsFoundInTheGuidelineFilesBeside()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("main.json"), GuidelineFixtures.Guideline);
        await File.WriteAllTextAsync(directory.File("addon.json"), GuidelineFixtures.AddOn);
        await File.WriteAllTextAsync(directory.File("schema.json"), """{"type":"object"}""");

        var scope = await GuidelineSelection.LoadAsync(directory.File("main.json"), "compute", "imaging", CancellationToken.None);

        scope.AddOn.Should().Be("Imaging");
        scope.InScope.Should().Contain(c => c.Name == "imaging-tags");
    }

    [Test]
    public async Task LoadAsync_UnknownAddOn_NamesTheKnownOnes()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("main.json"), GuidelineFixtures.Guideline);
        await File.WriteAllTextAsync(directory.File("addon.json"), GuidelineFixtures.AddOn);

        var load = () => GuidelineSelection.LoadAsync(directory.File("main.json"), "compute", "dns", CancellationToken.None);

        (await load.Should().ThrowAsync<UsageException>()).Which.Message.Should().Contain("--addon dns").And.Contain("'Imaging'");
    }

    [Test]
    public async Task LoadAsync_MissingFile_IsAUsageError()
    {
        var load = () => GuidelineSelection.LoadAsync("/nonexistent/guideline.json", "compute", null, CancellationToken.None);

        (await load.Should().ThrowAsync<UsageException>()).Which.Message.Should().StartWith("--guideline: no guideline file at /nonexistent/guideline.json");
    }

    [TestCase("removed", true)]
    [TestCase("required", false)]
    public void Select_ListedButUndefinedCapability_IsToleratedOnlyWhenRemoved(string status, bool tolerated)
    {
        var json = status == "removed"
            ? GuidelineFixtures.Guideline.Replace("\"advisory\": [ \"images-v2-data\" ], \"deprecated\": [], \"removed\": []",
                "\"advisory\": [ \"images-v2-data\" ], \"deprecated\": [], \"removed\": [ \"volumes-v2-gone\" ]", StringComparison.Ordinal)
            : GuidelineFixtures.Guideline.Replace("\"required\": [ \"images-v2-index\",", "\"required\": [ \"volumes-v2-gone\", \"images-v2-index\",", StringComparison.Ordinal);
        json.Should().Contain("volumes-v2-gone");
        var guideline = GuidelineReader.Parse(json, "undefined.json");

        var select = () => GuidelineSelection.Select(guideline, "compute", null, null);

        if (tolerated)
        {
            select().Capabilities.Should().Contain(c => c.Name == "volumes-v2-gone" && c.Project == GuidelineSelection.UndefinedService);
        }
        else
        {
            select.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("'volumes-v2-gone' is listed as required");
        }
    }
}
