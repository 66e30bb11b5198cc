using System.Text.RegularExpressions;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Metadata;

/// <summary>The conformance tests' own metadata, checked before any endpoint is touched.</summary>
public sealed partial class SuiteMetadataTests
{
    private static readonly IReadOnlyList<TestDescriptor> All = SuiteAssembly.Describe(SuiteAssembly.FilterFor([]));

    [Test]
    public void EveryTest_HasCapabilityPersonaAndMinimumVersion()
    {
        All.Should().NotBeEmpty();
        All.Should().OnlyContain(t => t.Capability != "uncategorised" && t.MinApiVersion != null && t.Persona.Length > 0);
    }

    [Test]
    public void EveryRequirement_IsOneSentenceWithAnRfc2119Keyword()
    {
        All.Should().OnlyContain(t => Rfc2119().IsMatch(t.Requirement) && t.Requirement.EndsWith('.'),
            "a requirement is one MUST/SHOULD/MAY sentence shown in the reports");
    }

    [Test]
    public void IdempotentIds_AreWellFormedAndUnique()
    {
        var ids = All.Select(t => t.IdempotentId).OfType<string>().ToList();
        ids.Should().OnlyContain(id => IdempotentId().IsMatch(id));
        ids.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void TestNames_AreUnique()
    {
        All.Select(t => t.Name).Should().OnlyHaveUniqueItems("reports and filters name tests by method name");
    }

    [Test]
    public void EveryInteropImageTest_HasATestHereWithTheSameCapability()
    {
        var csv = Path.Combine(RepositoryPaths.SharedReference(), "interop_image_capabilities.csv");
        var rows = File.ReadAllLines(csv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        rows.Should().HaveCount(23);
        var byId = All.Where(t => t.IdempotentId is not null).ToDictionary(t => t.IdempotentId!);
        foreach (var row in rows)
        {
            var (capability, id) = (row[0], row[7]);
            byId.Should().ContainKey(id, "interop test {0} needs an equivalent here", row[6]);
            byId[id].Capability.Should().Be(capability, "the test mirroring {0} proves the same capability", row[6]);
        }
    }

    [GeneratedRegex(@"\b(MUST|MUST NOT|SHOULD|SHOULD NOT|MAY)\b")]
    private static partial Regex Rfc2119();

    [GeneratedRegex("^id-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex IdempotentId();
}
