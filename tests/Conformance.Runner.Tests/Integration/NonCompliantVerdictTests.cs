using Conformance.Runner.Configuration;
using Conformance.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The verdict is right the other way too: with a proxy in front of the reference that breaks one required
/// rule (delete answers 200 instead of 204), 2020.06/compute is non-compliant and the run exits 1: two required
/// tests fail, the delete test and the deleted-image test that deletes as its arrangement. Waivers of those two
/// turn it into compliant-with-waivers and exit 0.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class NonCompliantVerdictTests
{
    private const string DeleteTest = "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_delete_image";
    private const string DeletedImageTest = "tempest.api.image.v2.test_images_negative.ImagesNegativeTest.test_get_delete_deleted_image";

    private static async Task<(RunnerOutcome Run, JsonObject Certification)> RunThroughMutantAsync(params string[] extra)
    {
        var guideline = Path.Combine(RepositoryPaths.SharedInterop(), "interop-2020.06.json");
        await using var proxy = new MutationProxy(new Uri(RunnerProcess.ReferenceEndpoint()));
        await proxy.StartAsync(CancellationToken.None);
        proxy.SetMutant(MutantCatalog.Find("delete-image-204-to-200") ?? throw new InvalidOperationException("no mutant delete-image-204-to-200"));
        var output = Path.Combine(Path.GetTempPath(), "conformance-noncompliant-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await RunnerProcess.RunAsync(
                ["run", .. await RunnerProcess.ReferenceTargetAsync(proxy.BaseAddress), "--guideline", guideline, "--target", "compute", "--output", output, .. extra],
                TimeSpan.FromMinutes(10));
            return (run, RunnerProcess.ReadResults(output)["certification"]!.AsObject());
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Test]
    public async Task BrokenRequiredRule_IsNonCompliantAndExits1()
    {
        var (run, certification) = await RunThroughMutantAsync();

        run.ExitCode.Should().Be(ExitCodes.TestsFailed, "{0}", run);
        run.Stdout.Should().Contain("verdict: non-compliant: guideline 2020.06, OpenStack Powered Compute: required image tests 18/20 passed, capabilities 3/5")
            .And.Contain($"not passed: {DeleteTest} (images-v2-delete): failed:")
            .And.Contain($"not passed: {DeletedImageTest} (images-v2-get): failed:");
        certification["verdict"]!.GetValue<string>().Should().Be("non-compliant");
    }

    [Test]
    public async Task BrokenRequiredRule_Waived_IsCompliantWithWaiversAndExits0()
    {
        var waivers = Path.GetTempFileName();
        await File.WriteAllTextAsync(waivers, $$"""
            { "waivers": [
              { "test": "{{DeleteTest}}", "reason": "known: the proxy answers 200", "expires": "2999-12-31" },
              { "test": "id-e57fc127-7ba0-4693-92d7-1d8a05ebcba9", "reason": "known: the same broken delete", "expires": "2999-12-31" } ] }
            """);
        try
        {
            var (run, certification) = await RunThroughMutantAsync("--waivers", waivers);

            run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
            run.Stdout.Should().Contain("verdict: compliant-with-waivers:").And.Contain($"waiver applied: {DeleteTest}")
                .And.Contain("waiver applied: id-e57fc127-7ba0-4693-92d7-1d8a05ebcba9");
            certification["verdict"]!.GetValue<string>().Should().Be("compliant-with-waivers");
        }
        finally
        {
            File.Delete(waivers);
        }
    }
}
