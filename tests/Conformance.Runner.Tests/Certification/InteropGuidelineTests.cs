using Conformance.Runner.Certification;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

/// <summary>The engine on the official guideline files in ../shared/interop (skipped without them).</summary>
public sealed class InteropGuidelineTests
{
    private static Task<CertificationScope> LoadAsync(string file, string target, string? addOn = null) =>
        GuidelineSelection.LoadAsync(Path.Combine(RepositoryPaths.SharedInterop(), file), target, addOn, CancellationToken.None);

    [Test]
    public async Task Guideline202006_Compute_RequiresFiveImageCapabilitiesWithTwentyTests()
    {
        var scope = await LoadAsync("interop-2020.06.json", "compute");

        var images = scope.InScope.ToList();
        images.Select(c => c.Name).Should().BeEquivalentTo("images-v2-index", "images-v2-update", "images-v2-list", "images-v2-delete", "images-v2-get");
        images.Should().OnlyContain(c => c.Status == CapabilityStatus.Required);
        images.Sum(c => c.Capability.Tests.Count).Should().Be(20);
        scope.Capabilities.Should().NotContain(c => c.Name == "images-v2-import", "2020.06 defines images-v2-import but no component lists it");
        scope.OutOfScopeByService().Select(s => s.Service).Should().BeEquivalentTo("nova", "cinder", "keystone", "neutron");
    }

    [Test]
    public async Task Guideline202006_Object_HasNoImagesPart()
    {
        var scope = await LoadAsync("interop-2020.06.json", "object");

        scope.InScope.Should().BeEmpty();
        scope.OutOfScopeByService().Select(s => s.Service).Should().BeEquivalentTo("swift", "keystone");
    }

    [Test]
    public async Task Orchestration_AddOnByName_IsHeatOnTopOfCompute()
    {
        var scope = await LoadAsync("interop-2020.06.json", "compute", "orchestration");

        scope.AddOn.Should().Be("Orchestration");
        scope.InScope.Should().HaveCount(5);
        scope.OutOfScopeByService().Should().Contain(s => s.Service == "heat" && s.Capabilities == 23);
    }

    [TestCase("interop-2019.11.json")]
    [TestCase("interop-next.json")]
    public async Task OtherGuidelines_AreReadable(string file)
    {
        var scope = await LoadAsync(file, "platform");

        scope.InScope.Should().NotBeEmpty();
    }
}
