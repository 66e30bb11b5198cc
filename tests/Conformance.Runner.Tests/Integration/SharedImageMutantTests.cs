using System.Reflection;
using Conformance.Runner.Configuration;
using Conformance.Tests.Framework;
using Conformance.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// Tests that only read an image share one made once per run (per kind). For each kind, a mutant of the operation
/// that made it fails every test that reads it, for that reason: a reader cannot pass on an image whose making the
/// cloud broke, though the reader itself never sent that request.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class SharedImageMutantTests
{
    // Every kind is made by a create (no kinds named: every kind the tests name); the active images also by an upload,
    // the imported one by a stage and an import.
    [TestCase("create-image-201-to-200", "creating a test image is the arrangement")]
    [TestCase("upload-image-data-204-to-200", "uploading test data is the arrangement", "active", "larger")]
    [TestCase("stage-204-to-200", "staging is the arrangement", "glance-direct-imported")]
    [TestCase("import-202-to-200", "importing is the arrangement", "glance-direct-imported")]
    public async Task MutantOfTheMakingOperation_FailsEveryReader(string mutantName, string reasonFragment, params string[] kinds)
    {
        var readers = ReadersOf(kinds);
        readers.Select(r => r.Kind).Distinct().Should().HaveCountGreaterThanOrEqualTo(kinds.Length == 0 ? 14 : kinds.Length, "the control: every kind has readers");
        var upstream = new Uri(RunnerProcess.ReferenceEndpoint());
        await using var proxy = new MutationProxy(upstream);
        await proxy.StartAsync(CancellationToken.None);
        proxy.SetMutant(MutantCatalog.Find(mutantName) ?? throw new InvalidOperationException($"no mutant {mutantName}"));
        var output = Path.Combine(Path.GetTempPath(), "conformance-shared-mutant-" + Guid.NewGuid().ToString("N")[..8]);
        string[] capabilities = [.. readers.Select(r => r.Capability).Distinct().SelectMany(c => new[] { "--capability", c })];

        var run = await RunnerProcess.RunAsync(
            ["run", .. await RunnerProcess.ReferenceTargetAsync(proxy.BaseAddress), .. capabilities, "--output", output],
            TimeSpan.FromMinutes(5));

        try
        {
            run.ExitCode.Should().Be(ExitCodes.TestsFailed, "a broken making of a shared image fails the run: {0}", run);
            var results = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>().ToList();
            foreach (var (capability, test, _) in readers.DistinctBy(r => (r.Capability, r.Test)))
            {
                var result = results.Single(t => t["name"]!.GetValue<string>() == test && t["capability"]!.GetValue<string>() == capability);
                if (result["skipKind"]?.GetValue<string>() == "not-applicable")
                {
                    continue;   // the reference's API version rules it out: it never reads
                }
                result["status"]!.GetValue<string>().Should().Be("failed", "{0} reads a shared image whose making {1} broke", test, mutantName);
                result["reason"]!.GetValue<string>().Should().Contain(reasonFragment, "{0} fails because of the shared arrangement", test);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// The tests that read <paramref name="kinds"/> (none: any kind), by what they name in [ReadsSharedImages]: the
    /// names are true, since a test reading a kind it does not name ends in error.
    /// </summary>
    private static List<(string Capability, string Test, string Kind)> ReadersOf(string[] kinds) =>
        [.. SuiteTestMethods.All
            .SelectMany(m => SharedImageDeclarations.Of(m).Where(k => kinds.Length == 0 || kinds.Contains(k.Name))
                .Select(k => (CapabilityOf(m), m.Name, k.Name)))];

    private static string CapabilityOf(MethodInfo test) =>
        (test.GetCustomAttribute<CapabilityAttribute>() ?? test.DeclaringType!.GetCustomAttribute<CapabilityAttribute>(inherit: true))!.Name;
}
