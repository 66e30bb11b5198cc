using Conformance.Runner.Execution;

namespace Conformance.Runner.Tests.Execution;

/// <summary>Only resources tagged by a run, in name and property, are ever selected.</summary>
public sealed class RunSelectorTests
{
    private static JsonObject Image(string? name, string? tag)
    {
        var image = new JsonObject { ["id"] = "i" };
        if (name is not null)
        {
            image["name"] = name;
        }
        if (tag is not null)
        {
            image["conformance_run"] = tag;
        }
        return image;
    }

    [TestCase("cts-2db58052-probe", "2db58052", true)]
    [TestCase("cts-2db58052-probe", "ffff0000", false)]
    [TestCase("cts-ffff0000-probe", "2db58052", false)]
    [TestCase("probe", "2db58052", false)]
    [TestCase("cts-2db58052-probe", null, false)]
    [TestCase(null, "2db58052", false)]
    public void OneRun_SelectsOnlyImagesTaggedInNameAndProperty(string? name, string? tag, bool selected) =>
        RunSelector.Only("2db58052").MatchesImage(Image(name, tag)).Should().Be(selected);

    [TestCase("cts-2db58052-probe", "2db58052", true)]
    [TestCase("cts-ffff0000-x", "ffff0000", true)]
    [TestCase("cts-ffff0000-x", "2db58052", false)]
    [TestCase("my-image", "2db58052", false)]
    [TestCase("cts-a b-x", "a b", false)]
    [TestCase("cts--x", "", false)]
    public void AllRuns_SelectImagesWhoseNameCarriesTheirOwnTag(string name, string tag, bool selected) =>
        RunSelector.All.MatchesImage(Image(name, tag)).Should().Be(selected);

    [Test]
    public void ImageWithWronglyTypedFields_IsNotSelected()
    {
        var image = new JsonObject { ["id"] = "i", ["name"] = new JsonArray(), ["conformance_run"] = 42 };
        RunSelector.All.MatchesImage(image).Should().BeFalse();
    }

    [TestCase("cts-2db58052-ns", true)]
    [TestCase("cts-2db58052", false)]
    [TestCase("cts-ffff0000-ns", false)]
    [TestCase("cts-2db58052x-ns", false)]
    [TestCase("OS::Compute::Libvirt", false)]
    public void OneRun_SelectsNamespacesNamedWithIt(string name, bool selected) =>
        RunSelector.Only("2db58052").MatchesNamespace(name).Should().Be(selected);

    [TestCase("cts-ffff0000-ns", true)]
    [TestCase("cts-nightly-42-1of2-ns", true)]
    [TestCase("cts-", false)]
    [TestCase("cts-x-", false)]
    [TestCase("OS::Compute::Libvirt", false)]
    public void AllRuns_SelectNamespacesNamedWithAnyRun(string name, bool selected) =>
        RunSelector.All.MatchesNamespace(name).Should().Be(selected);

    [TestCase("2db58052", true)]
    [TestCase("run_1", true)]
    [TestCase("", false)]
    [TestCase("nightly-42-1of2", true)]
    [TestCase("-a", false)]
    [TestCase("a b", false)]
    [TestCase("*", false)]
    [TestCase("../x", false)]
    public void RunIds_AreLettersDigitsUnderscoresAndDashes(string value, bool valid) => RunSelector.IsRunId(value).Should().Be(valid);

    [Test]
    public void ImageQuery_OfOneRun_FiltersByItsProperty() =>
        RunSelector.Only("2db58052").ImageQuery.Should().Contain(new KeyValuePair<string, string>("conformance_run", "2db58052"));
}
