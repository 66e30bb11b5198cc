using System.Security.Cryptography;
using Conformance.Runner.Certification;
using Conformance.Runner.Evidence;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Certification;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>
/// A signed bundle with one file made malformed at a time: verify says what is wrong (NOT VERIFIED) or ends in a
/// usage error; it never stops on an exception, and never verifies a damaged bundle.
/// </summary>
public sealed class EvidenceFuzzTests : OutputDirectoryTest
{
    private string _bundle = null!;

    [SetUp]
    public async Task WriteAndSignABundle()
    {
        using var rsa = RSA.Create(2048);
        var key = Output.File("key.pem");
        await File.WriteAllTextAsync(key, rsa.ExportRSAPrivateKeyPem());
        await File.WriteAllTextAsync(Output.File("guideline.json"), GuidelineFixtures.Guideline);
        _bundle = Output.File("run");
        var scope = await GuidelineSelection.LoadAsync(Output.File("guideline.json"), "compute", null, CancellationToken.None);
        var run = GuidelineFixtures.Run(false, GuidelineFixtures.Record("Ours.List", GuidelineFixtures.ListId, TestOutcome.Passed),
            GuidelineFixtures.Record("Ours.Delete", GuidelineFixtures.DeleteId, TestOutcome.Passed));
        run = run with { Certification = CertificationJudge.Judge(scope, run, [], [], new DateOnly(2026, 11, 27)) };
        await new JsonResultsWriter().WriteAsync(run, _bundle, CancellationToken.None);
        await EvidenceBundle.WriteAsync(_bundle, run, scope, "compute", null, ["run"], CancellationToken.None);
        await EvidenceSigner.SignAsync(_bundle, key, CancellationToken.None);
    }

    [TestCase("manifest.json", 250)]
    [TestCase("results.json", 250)]
    [TestCase("evidence/guideline-guideline.json", 150)]
    public async Task MalformedJsonInTheBundle_IsReportedNotThrown(string file, int count)
    {
        var path = Path.Combine(_bundle, file);
        var valid = await File.ReadAllTextAsync(path);
        var verdict = new BadInputVerdict();
        foreach (var input in new InputFuzzer(InputFuzzer.Seed).Json(valid, count))
        {
            await File.WriteAllTextAsync(path, input.Content);
            await verdict.TryAsync(input, async () =>
            {
                var report = await EvidenceVerifier.VerifyAsync(_bundle, null, CancellationToken.None);
                if (report.IsValid && input.Content != valid)
                {
                    throw new InvalidOperationException("a damaged bundle verified");
                }
            });
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }

    [TestCase("manifest.sig")]
    [TestCase("manifest.pub")]
    public async Task MalformedSignatureOrKey_IsReportedNotThrown(string file)
    {
        var path = Path.Combine(_bundle, file);
        var valid = await File.ReadAllTextAsync(path);
        var verdict = new BadInputVerdict();
        foreach (var input in new InputFuzzer(InputFuzzer.Seed).Text(valid, 100))
        {
            await File.WriteAllTextAsync(path, input.Content);
            await verdict.TryAsync(input, async () =>
            {
                var report = await EvidenceVerifier.VerifyAsync(_bundle, null, CancellationToken.None);
                // A key's comment may change without changing the key; a signature may not.
                if (report.IsValid && file == "manifest.sig" && input.Content.Trim() != valid.Trim())
                {
                    throw new InvalidOperationException("a damaged signature or key verified");
                }
            });
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }
}
