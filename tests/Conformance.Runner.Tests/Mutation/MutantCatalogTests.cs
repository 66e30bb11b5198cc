using System.Reflection;
using System.Text.RegularExpressions;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>The catalogue's own shape: names, descriptions, targets, and a rule test for every mutant.</summary>
public sealed partial class MutantCatalogTests
{
    [Test]
    public void All_FirstThree_AreTheMutantsEverySuiteMustCatch() =>
        MutantCatalog.All.Take(3).Select(m => m.Name).Should()
            .Equal("show-image-drops-status", "delete-image-204-to-200", "list-ignores-status-filter");

    [Test]
    public void All_Names_AreUniqueAndKebabCase()
    {
        var names = MutantCatalog.All.Select(m => m.Name).ToList();

        names.Should().OnlyHaveUniqueItems();
        names.Should().AllSatisfy(n => KebabCase().IsMatch(n).Should().BeTrue($"'{n}' should be kebab-case"));
    }

    [Test]
    public void All_Descriptions_AreOneLineWithoutTheirOperation() =>
        MutantCatalog.All.Concat(ScsMutantCatalog.All).Should().AllSatisfy(m =>
        {
            m.Description.Should().NotBeNullOrWhiteSpace().And.NotContain("\n");
            m.Description.Should().NotStartWith(m.Operation.Method + " ", "reports write the operation before the description");
        });

    [Test]
    public void All_Operations_AreRoutesTheProxyCanMatch() =>
        MutantCatalog.All.Should().AllSatisfy(m =>
            RouteMatcher.ImagesApi.Match(m.Operation.Route).Should().Be(m.Operation.Route, m.Name));

    [Test]
    public void All_HasAtLeastEighteenMutants() => MutantCatalog.All.Should().HaveCountGreaterThanOrEqualTo(18);

    [Test]
    public void Find_KnownName_ReturnsThatMutant() =>
        MutantCatalog.Find("delete-image-204-to-200")!.Operation.Should().Be(new ApiOperation("DELETE", "/v2/images/{image_id}"));

    [Test]
    public void Find_UnknownName_IsNull() => MutantCatalog.Find("no-such-mutant").Should().BeNull();

    [Test]
    public void All_EveryMutant_HasARuleTest()
    {
        var covered = typeof(MutantCatalogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<CoversMutantAttribute>()?.Name)
            .OfType<string>()
            .Concat(CatalogStatusCodeMutantTests.Covered.Select(m => m.Name))
            .ToList();

        covered.Should().OnlyHaveUniqueItems();
        covered.Should().BeEquivalentTo(MutantCatalog.All.Select(m => m.Name));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
