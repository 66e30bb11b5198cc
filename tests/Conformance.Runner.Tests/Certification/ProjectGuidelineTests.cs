using Conformance.Runner.Certification;
using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

public sealed class ProjectGuidelineTests
{
    private static IReadOnlyList<TestDescriptor> Suite => SuiteAssembly.Describe(SuiteAssembly.FilterFor([]));

    private static string CheckedInPath => Path.Combine(RepositoryPaths.Root, "guidelines", GuidelineSelection.ProjectGuidelineFile);

    [Test]
    public void CheckedInGuideline_MatchesTheTests()
    {
        File.ReadAllText(CheckedInPath).Should().Be(ProjectGuideline.Generate(Suite),
            "guidelines/images-api-conformance.json is regenerated with ./conformance list --format guideline > guidelines/images-api-conformance.json");
    }

    [Test]
    public async Task ProjectGuideline_NamesEverySuiteTestOnceWithAUniqueId()
    {
        var guideline = await GuidelineReader.ReadAsync(CheckedInPath, CancellationToken.None);
        var tests = guideline.Capabilities.Values.SelectMany(c => c.Tests).ToList();

        tests.Select(t => t.Name).Should().BeEquivalentTo(Suite.Select(d => d.FullName));
        tests.Select(t => t.IdempotentId).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id != null && id.StartsWith("id-"));
    }

    [Test]
    public void AssignedId_IsStableAndAVersion5Uuid()
    {
        var id = ProjectGuideline.AssignedId(GuidelineFixtures.OwnTest);

        id.Should().Be(ProjectGuideline.AssignedId(GuidelineFixtures.OwnTest));
        id.Should().MatchRegex("^id-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        id.Should().NotBe(ProjectGuideline.AssignedId(GuidelineFixtures.OwnTest + "X"));
    }

    [TestCase("platform")]
    [TestCase("compute")]
    public async Task ProjectGuideline_EverySuiteTestPassed_IsCompliant(string target)
    {
        var scope = await GuidelineSelection.LoadAsync(null, target, null, CancellationToken.None);
        var suite = Suite;
        var run = GuidelineFixtures.Run(false, suite.Select(d => GuidelineFixtures.Record(d.FullName, d.IdempotentId, TestOutcome.Passed)).ToArray());

        var result = CertificationJudge.Judge(scope, run, suite);

        result.Verdict.Should().Be(Verdict.Compliant);
        result.BeyondGuideline.Should().Be(0, "the project guideline names every test of the suite");
        result.Required!.Tests.Should().Be(suite.Count(d => d.Capability is "images-v2-index" or "images-v2-list" or "images-v2-get"
            or "images-v2-update" or "images-v2-delete" or "images-v2-import"));
    }
}
