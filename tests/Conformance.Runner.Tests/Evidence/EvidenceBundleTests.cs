using System.Security.Cryptography;
using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Reporting;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Evidence;

/// <summary>A run's output signed, then verified; and each kind of tampering found and named.</summary>
public sealed class EvidenceBundleTests : OutputDirectoryTest
{
    private string _key = null!;
    private string _bundle = null!;

    [SetUp]
    public async Task WriteAndSignABundle()
    {
        using var rsa = RSA.Create(2048);
        _key = Output.File("key.pem");
        await File.WriteAllTextAsync(_key, rsa.ExportRSAPrivateKeyPem());
        await File.WriteAllTextAsync(Output.File("guideline.json"), Conformance.Runner.Tests.Certification.GuidelineFixtures.Guideline);
        await File.WriteAllTextAsync(Output.File("waivers.json"), """{ "waivers": [ { "test": "Ours.Extra", "reason": "known", "expires": "2999-01-01" } ] }""");
        _bundle = Output.File("run");
        var scope = await GuidelineSelection.LoadAsync(Output.File("guideline.json"), "compute", null, CancellationToken.None);
        var run = Run(false, Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed),
            Record("Ours.Extra", null, TestOutcome.Failed, "no"));
        var waivers = await WaiverFile.ReadAsync(Output.File("waivers.json"), CancellationToken.None);
        run = run with { Certification = CertificationJudge.Judge(scope, run, [], waivers, new DateOnly(2026, 11, 27)) };
        await new JsonResultsWriter().WriteAsync(run, _bundle, CancellationToken.None);
        await EvidenceBundle.WriteAsync(_bundle, run, scope, "compute", Output.File("waivers.json"), ["run", "--token", "s3cret"], CancellationToken.None);
        await EvidenceSigner.SignAsync(_bundle, _key, CancellationToken.None);
    }

    private Task<VerificationReport> VerifyAsync(string? publicKey = null) => EvidenceVerifier.VerifyAsync(_bundle, publicKey, CancellationToken.None);

    [Test]
    public async Task Verify_UntouchedBundle_HoldsAndJudgesTheVerdictAgain()
    {
        var report = await VerifyAsync();

        report.Problems.Should().BeEmpty();
        report.Facts.Should().Contain(f => f.StartsWith("signature good", StringComparison.Ordinal))
            .And.Contain("5 of 5 files match their digests")
            .And.Contain(f => f.StartsWith("verdict compliant judged again from 3 test results", StringComparison.Ordinal));
    }

    [Test]
    public async Task Verify_ChangedResults_NamesTheFile()
    {
        var path = Path.Combine(_bundle, "results.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"status\": \"passed\"", "\"status\": \"failed\"", StringComparison.Ordinal));

        var report = await VerifyAsync();

        report.IsValid.Should().BeFalse();
        report.Problems.Should().Contain(p => p.StartsWith("results.json: changed: its SHA-256 is", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("results.json: the verdict judged again", StringComparison.Ordinal) && p.Contains("non-compliant", StringComparison.Ordinal));
    }

    [Test]
    public async Task Verify_ChangedGuidelineCopy_NamesIt()
    {
        await File.AppendAllTextAsync(Path.Combine(_bundle, "evidence", "guideline-guideline.json"), " ");

        (await VerifyAsync()).Problems.Should().ContainSingle().Which.Should().StartWith("evidence/guideline-guideline.json: changed");
    }

    [Test]
    public async Task Verify_DeletedWaivers_NamesTheMissingFile()
    {
        File.Delete(Path.Combine(_bundle, "evidence", "waivers-waivers.json"));

        (await VerifyAsync()).Problems.Should().Contain("evidence/waivers-waivers.json: missing");
    }

    [Test]
    public async Task Verify_ChangedManifest_BreaksTheSignature()
    {
        var path = Path.Combine(_bundle, EvidenceManifest.FileName);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"compute\"", "\"platform\"", StringComparison.Ordinal));

        (await VerifyAsync()).Problems.Should().Contain(p => p.StartsWith("manifest.json: the signature does not match key SHA256:", StringComparison.Ordinal));
    }

    [Test]
    public async Task Verify_WithAnotherSignersKey_Fails()
    {
        using var other = RSA.Create(2048);
        await File.WriteAllTextAsync(Output.File("other.pub"), OpenSshPublicKey.Format(other, "other"));

        (await VerifyAsync(Output.File("other.pub"))).Problems.Should().Contain(p => p.Contains("the signature does not match", StringComparison.Ordinal));
    }

    [Test]
    public async Task Verify_Unsigned_SaysSo()
    {
        File.Delete(Path.Combine(_bundle, EvidenceSigner.SignatureFile));

        (await VerifyAsync()).Problems.Should().Contain(p => p.StartsWith("manifest.sig: missing: the bundle is not signed", StringComparison.Ordinal));
    }

    [Test]
    public async Task Verify_VerdictRecordedOtherThanTheResultsSay_IsCaughtEvenWhenSigned()
    {
        // A forger edits the verdict before the manifest is written and signed: the digests and signature hold, the judgement does not.
        var path = Path.Combine(_bundle, "results.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        json["tests"]![1]!["status"] = "failed";
        await File.WriteAllTextAsync(path, json.ToJsonString());
        var run = await JsonResultsReader.ReadAsync(path, CancellationToken.None);
        var scope = await GuidelineSelection.LoadAsync(Output.File("guideline.json"), "compute", null, CancellationToken.None);
        await EvidenceBundle.WriteAsync(_bundle, run, scope, "compute", null, [], CancellationToken.None);
        await EvidenceSigner.SignAsync(_bundle, _key, CancellationToken.None);

        var report = await VerifyAsync();

        report.Problems.Should().ContainSingle().Which.Should().Contain("is non-compliant, but results.json says compliant");
    }

    [Test]
    public async Task Bundle_KeepsTheCommandLineWithoutSecretsAndTheDiscoverySnapshot()
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(_bundle, EvidenceManifest.FileName));
        var commandLine = await File.ReadAllTextAsync(Path.Combine(_bundle, EvidenceBundle.CommandLineFile));

        commandLine.Should().Be("conformance run --token '***'\n");
        manifest.Should().Contain(EvidenceBundle.CommandLineFile).And.Contain(EvidenceBundle.DiscoveryFile).And.NotContain("s3cret");
    }

    [Test]
    public async Task Archive_OfASignedBundle_VerifiesOnItsOwn()
    {
        var archive = Output.File("run.evidence.tar.gz");
        await EvidenceArchive.WriteAsync(_bundle, archive, CancellationToken.None);

        var report = await EvidenceVerifier.VerifyAsync(archive, null, CancellationToken.None);

        report.Problems.Should().BeEmpty();
        report.Facts.Should().Contain("5 of 5 files match their digests").And.Contain(f => f.StartsWith("signature good", StringComparison.Ordinal));
    }

    [Test]
    public async Task Archive_WithAChangedMember_NamesIt()
    {
        await File.AppendAllTextAsync(Path.Combine(_bundle, EvidenceBundle.DiscoveryFile), " ");
        var archive = Output.File("run.evidence.tar.gz");
        await EvidenceArchive.WriteAsync(_bundle, archive, CancellationToken.None);

        var report = await EvidenceVerifier.VerifyAsync(archive, null, CancellationToken.None);

        report.Problems.Should().ContainSingle().Which.Should().StartWith("evidence/discovery.json: changed");
    }

    [Test]
    public async Task Archive_WithAFileTheManifestDoesNotList_NamesIt()
    {
        // An archive made by hand from the bundle's members plus one more file.
        var archive = Output.File("run.evidence.tar.gz");
        await using (var file = File.Create(archive))
        await using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        await using (var tar = new System.Formats.Tar.TarWriter(gzip, System.Formats.Tar.TarEntryFormat.Pax))
        {
            foreach (var member in await EvidenceArchive.MembersOfAsync(_bundle, CancellationToken.None))
            {
                await tar.WriteEntryAsync(Path.Combine(_bundle, member), member);
            }
            await File.WriteAllTextAsync(Output.File("extra.json"), "{}");
            await tar.WriteEntryAsync(Output.File("extra.json"), "extra.json");
        }

        var report = await EvidenceVerifier.VerifyAsync(archive, null, CancellationToken.None);

        report.Problems.Should().Contain("extra.json: in the archive but not in the manifest");
    }

    [Test]
    public async Task Verify_NotAnArchive_IsAUsageError()
    {
        var bogus = Output.File("bogus.tar.gz");
        await File.WriteAllTextAsync(bogus, "not gzip");

        var verify = () => EvidenceVerifier.VerifyAsync(bogus, null, CancellationToken.None);

        (await verify.Should().ThrowAsync<UsageException>()).Which.Message.Should().Contain("not an evidence archive");
    }

    [Test]
    public async Task Sign_OpenSshPrivateKey_AsksForPem()
    {
        await File.WriteAllTextAsync(Output.File("id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n");

        var sign = () => EvidenceSigner.SignAsync(_bundle, Output.File("id_rsa"), CancellationToken.None);

        (await sign.Should().ThrowAsync<UsageException>()).Which.Message.Should().Contain("ssh-keygen -p -m PEM");
    }
}
