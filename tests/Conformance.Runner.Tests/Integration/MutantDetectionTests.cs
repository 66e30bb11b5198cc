using Conformance.Runner.Configuration;
using Conformance.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The suite can fail: with a fault-injecting proxy in front of the real Glance, the test that checks
/// the broken rule fails, for that reason, and the run exits 1.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class MutantDetectionTests
{
    [TestCase("show-image-drops-status", "images-v2-import", "RegisterUploadDownload_DataAndHashesMatch", "status")]
    [TestCase("delete-image-204-to-200", "images-v2-delete", "DeleteImage_OwnImage_Answers204AndImageIsGone", "204")]
    [TestCase("list-ignores-status-filter", "images-v2-list", "ListImages_FilteredByStatus_ReturnsOnlyThatStatus", "filtered by status=active MUST")]
    public async Task Mutant_IsKilledByTheTestOfItsRule(string mutantName, string capability, string killer, string reasonFragment)
    {
        var upstream = new Uri(RunnerProcess.ReferenceEndpoint());
        await using var proxy = new MutationProxy(upstream);
        await proxy.StartAsync(CancellationToken.None);
        proxy.SetMutant(MutantCatalog.Find(mutantName) ?? throw new InvalidOperationException($"no mutant {mutantName}"));
        var output = Path.Combine(Path.GetTempPath(), "conformance-mutant-" + Guid.NewGuid().ToString("N")[..8]);

        var run = await RunnerProcess.RunAsync(
            ["run", .. await RunnerProcess.ReferenceTargetAsync(proxy.BaseAddress), "--capability", capability, "--output", output],
            TimeSpan.FromMinutes(5));

        try
        {
            proxy.MutantApplications.Should().BePositive("the mutant must have changed at least one exchange");
            run.ExitCode.Should().Be(ExitCodes.TestsFailed, "a broken rule fails the run: {0}", run);
            var killed = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>()
                .Single(t => t["name"]!.GetValue<string>() == killer);
            killed["status"]!.GetValue<string>().Should().Be("failed", "failed, not errored: the server broke a rule");
            killed["reason"]!.GetValue<string>().Should().Contain(reasonFragment);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
