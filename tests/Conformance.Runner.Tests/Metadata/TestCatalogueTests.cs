using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Metadata;

public sealed class TestCatalogueTests
{
    [Test]
    public void CheckedInCatalogue_MatchesTheTests()
    {
        var generated = TestCatalogue.Markdown(SuiteAssembly.Describe(SuiteAssembly.FilterFor([])));
        var checkedIn = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "TESTS.md"));

        checkedIn.Should().Be(generated, "docs/TESTS.md is regenerated with ./conformance list --format markdown > docs/TESTS.md");
    }
}
