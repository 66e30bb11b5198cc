using System.Security.Cryptography;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The reference Glance judged against the official 2020.06 guideline for OpenStack Powered Compute: its
/// Images API part is five required capabilities with 20 tests (images-v2-import is defined there but no
/// program lists it), and the reference passes them all.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class CertificationRunTests
{
    private const string Detail = "guideline 2020.06, OpenStack Powered Compute: required image tests 20/20 passed, capabilities 5/5";

    private string _output = null!;
    private RunnerOutcome _run = null!;

    [OneTimeSetUp]
    public async Task RunAgainst202006Compute()
    {
        var guideline = Path.Combine(RepositoryPaths.SharedInterop(), "interop-2020.06.json");
        _output = Path.Combine(Path.GetTempPath(), "conformance-cert-" + Guid.NewGuid().ToString("N")[..8]);
        _run = await RunnerProcess.RunAsync(
            ["run", .. await RunnerProcess.ReferenceTargetAsync(), "--guideline", guideline, "--target", "compute", "--output", _output],
            TimeSpan.FromMinutes(10));
    }

    [OneTimeTearDown]
    public void RemoveOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Test]
    public void Run_SaysCompliantAndExitsZero()
    {
        _run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", _run);
        _run.Stdout.Should().Contain("verdict: compliant: " + Detail)
            .And.Contain("out of scope (other services, not tested here): nova 30 capabilities");
    }

    [Test]
    public void ResultsJson_CarriesTheVerdictAndTwentyRequiredTests()
    {
        var certification = RunnerProcess.ReadResults(_output)["certification"]!.AsObject();

        certification["verdict"]!.GetValue<string>().Should().Be("compliant");
        var required = certification["figures"]!.AsArray().OfType<JsonObject>().Single(f => f["status"]!.GetValue<string>() == "required");
        (required["testsPassed"]!.GetValue<int>(), required["tests"]!.GetValue<int>()).Should().Be((20, 20));
        certification["tests"]!.AsArray().OfType<JsonObject>().Should().OnlyContain(t => t["matchedTests"]!.AsArray().Count == 1);
    }

    [Test]
    public void RefStackJson_HasThePassedTempestTestsTheGuidelineNames()
    {
        var refStack = JsonNode.Parse(File.ReadAllText(Path.Combine(_output, "refstack.json")))!.AsObject();
        var names = refStack["results"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();

        // The 20 required image tests and the 3 of images-v2-import, which 2020.06 defines without listing.
        names.Should().HaveCount(23).And.OnlyContain(n => n.StartsWith("tempest.api.image.v2."));
        refStack["cpid"]!.GetValue<string>().Should().NotBeEmpty();
    }

    [Test]
    public void Summary_StartsWithTheVerdict()
    {
        File.ReadLines(Path.Combine(_output, "summary.md")).Take(3).Should().Contain("**Verdict: compliant**: " + Detail);
    }

    [Test]
    public async Task SignThenVerify_TheRunsOutput_Holds()
    {
        using var rsa = RSA.Create(2048);
        var key = Path.Combine(_output, "..", Path.GetFileName(_output) + "-key.pem");
        await File.WriteAllTextAsync(key, rsa.ExportRSAPrivateKeyPem());
        try
        {
            var sign = await RunnerProcess.RunAsync(["sign", _output, "--key", key], TimeSpan.FromMinutes(1));
            var verify = await RunnerProcess.RunAsync(["verify", _output], TimeSpan.FromMinutes(1));
            var verifyArchive = await RunnerProcess.RunAsync(["verify", _output + EvidenceArchive.Extension], TimeSpan.FromMinutes(1));

            sign.ExitCode.Should().Be(ExitCodes.Passed, "{0}", sign);
            sign.Stdout.Should().Contain("evidence archive: " + Path.GetFullPath(_output) + EvidenceArchive.Extension);
            verify.ExitCode.Should().Be(ExitCodes.Passed, "{0}", verify);
            verify.Stdout.Should().Contain("verdict compliant judged again from").And.Contain("verified");
            verifyArchive.ExitCode.Should().Be(ExitCodes.Passed, "the archive alone is the evidence: {0}", verifyArchive);
            verifyArchive.Stdout.Should().Contain("verdict compliant judged again from");
            File.ReadAllText(Path.Combine(_output, EvidenceBundle.CommandLineFile)).Should().StartWith("conformance run ").And.Contain("--guideline");
        }
        finally
        {
            File.Delete(key);
            File.Delete(_output + EvidenceArchive.Extension);
        }
    }

    [Test]
    public async Task RerunFailed_RunsOnlyThoseAndCompareSaysFixed()
    {
        var previous = _output + "-edited";
        var rerun = _output + "-rerun";
        CopyDirectory(_output, previous);
        var results = RunnerProcess.ReadResults(previous);
        var edited = results["tests"]!.AsArray().OfType<JsonObject>().First(t => t["capability"]!.GetValue<string>() == "images-v2-delete");
        edited["status"] = "failed";
        await File.WriteAllTextAsync(Path.Combine(previous, "results.json"), results.ToJsonString());
        try
        {
            var run = await RunnerProcess.RunAsync(["rerun", "--failed", previous, .. await RunnerProcess.ReferenceTargetAsync(), "--output", rerun], TimeSpan.FromMinutes(5));
            var compare = await RunnerProcess.RunAsync(["compare", previous, rerun], TimeSpan.FromMinutes(1));
            var back = await RunnerProcess.RunAsync(["compare", rerun, previous], TimeSpan.FromMinutes(1));

            run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
            run.Stdout.Should().Contain("1 test(s) that failed in run").And.Contain("verdict: compliant: " + Detail);
            RunnerProcess.ReadResults(rerun)["environment"]!["rerun.tests"]!.GetValue<string>().Should().Be("1");
            compare.ExitCode.Should().Be(ExitCodes.Passed, "{0}", compare);
            compare.Stdout.Should().Contain("0 regressed, 1 fixed");
            back.ExitCode.Should().Be(ExitCodes.TestsFailed, "a regression makes compare exit 1: {0}", back);
        }
        finally
        {
            Directory.Delete(previous, recursive: true);
            if (Directory.Exists(rerun))
            {
                Directory.Delete(rerun, recursive: true);
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Test]
    public async Task ObjectTarget_HasNoImagesPart_IsABadUsage()
    {
        var guideline = Path.Combine(RepositoryPaths.SharedInterop(), "interop-2020.06.json");

        var run = await RunnerProcess.RunAsync(
            ["run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--guideline", guideline, "--target", "object"], TimeSpan.FromMinutes(1));

        run.ExitCode.Should().Be(ExitCodes.BadUsage, "{0}", run);
        run.Stderr.Should().Contain("has no Images API (glance) capability").And.Contain("swift 18");
    }
}
