using Conformance.ImagesApi.Http;
using Conformance.Mutation;
using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The mutants the reference Glance (API 2.16) cannot judge, because the tests aimed at their operations arrived
/// later, swept against the matrix member that offers those operations: each is killed there.
/// </summary>
[Category(TestCategories.Integration)]
[Category(TestCategories.Slow)]
[NonParallelizable]
public sealed class SelfTestLaterVersionTests
{
    private const string Member = "glance-2025.1";

    /// <summary>The mutants of the operations of API 2.17, which the reference does not offer.</summary>
    public static IReadOnlyList<string> MutantsOfLaterOperations() => MutantCatalog.All
        .Where(m => m.Operation.ToString() is Operations.ImageLocationAdd or Operations.ImageLocationList)
        .Select(m => m.Name).ToList();

    [Test]
    public async Task Sweep_AgainstApi217_KillsTheMutantsTheReferenceCannotJudge()
    {
        if (!MatrixScript.Selected(Member))
        {
            Assert.Ignore($"matrix member '{Member}' not selected: set {MatrixScript.MembersVariable}={Member} (or all) to run it");
        }
        var mutants = MutantsOfLaterOperations();
        mutants.Should().NotBeEmpty();
        var output = Path.Combine(Path.GetTempPath(), "conformance-selftest-217-" + Guid.NewGuid().ToString("N")[..8]);
        MatrixScript.Run("up", Member);
        try
        {
            var run = await RunnerProcess.RunAsync(
                ["selftest", "--endpoint", MatrixScript.Run("endpoint", Member), "--trusted-project", TrustedPersonas.ProjectA,
                 "--image-size-cap", MatrixScript.Run("image-size-cap", Member), "--output", output, .. mutants.SelectMany(m => new[] { "--mutant", m })],
                TimeSpan.FromMinutes(10));

            run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
            var matrix = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "selftest.json")))!["matrix"]!.AsArray().OfType<JsonObject>().ToList();
            matrix.Select(m => m["name"]!.GetValue<string>()).Should().BeEquivalentTo(mutants);
            matrix.Should().OnlyContain(m => m["verdict"]!.GetValue<string>() == "killed" && m["killedBy"]!.AsArray().Count > 0, "{0}", run);
        }
        finally
        {
            MatrixScript.Run("down", Member);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
