using System.Security.Cryptography;
using System.Text.Json;
using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Standards;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Evidence;

/// <summary>
/// Checks an evidence bundle, a folder or its archive: the signature over manifest.json, every file against
/// its digest (a changed or missing file is named; in an archive, so is a file the manifest does not list),
/// and the verdict, judged again from the raw per-test results in results.json with the guideline, add-on
/// and waivers in the bundle.
/// </summary>
public static class EvidenceVerifier
{
    public static async Task<VerificationReport> VerifyAsync(string bundle, string? publicKeyPath, CancellationToken cancellationToken)
    {
        if (!EvidenceArchive.IsArchive(bundle))
        {
            return await VerifyFolderAsync(bundle, publicKeyPath, cancellationToken);
        }
        var unpacked = Directory.CreateTempSubdirectory("conformance-verify-");
        try
        {
            await EvidenceArchive.ExtractAsync(bundle, unpacked.FullName, cancellationToken);
            var report = await VerifyFolderAsync(unpacked.FullName, publicKeyPath, cancellationToken);
            HashSet<string> listed;
            try
            {
                listed = (await EvidenceArchive.MembersOfAsync(unpacked.FullName, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            }
            catch (Exception e) when (e is JsonException or IOException or UsageException)
            {
                return report; // the manifest itself is the problem, and the report already says so
            }
            var unlisted = Directory.EnumerateFiles(unpacked.FullName, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(unpacked.FullName, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !listed.Contains(f)).Order(StringComparer.Ordinal)
                .Select(f => $"{f}: in the archive but not in the manifest");
            return report with { Problems = [.. report.Problems, .. unlisted] };
        }
        finally
        {
            unpacked.Delete(recursive: true);
        }
    }

    private static async Task<VerificationReport> VerifyFolderAsync(string bundle, string? publicKeyPath, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(bundle, EvidenceManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new UsageException($"no {EvidenceManifest.FileName} in {bundle}: verify the output folder of a run");
        }
        var facts = new List<string>();
        var problems = new List<string>();
        var manifestBytes = await File.ReadAllBytesAsync(manifestPath, cancellationToken);
        await CheckSignatureAsync(bundle, publicKeyPath, manifestBytes, facts, problems, cancellationToken);

        EvidenceManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<EvidenceManifest>(manifestBytes, EvidenceManifest.Json);
        }
        catch (JsonException e)
        {
            problems.Add($"{EvidenceManifest.FileName}: not a manifest: {e.Message}");
            return new VerificationReport(facts, problems);
        }
        if (manifest is null || manifest.Format != EvidenceManifest.CurrentFormat)
        {
            problems.Add($"{EvidenceManifest.FileName}: format '{manifest?.Format}' is not {EvidenceManifest.CurrentFormat}");
            return new VerificationReport(facts, problems);
        }
        if (Incomplete(manifest) is { } missing)
        {
            problems.Add($"{EvidenceManifest.FileName}: not a whole manifest: {missing}");
            return new VerificationReport(facts, problems);
        }
        var intact = await CheckFilesAsync(bundle, manifest, problems, cancellationToken);
        facts.Add($"{intact} of {manifest.Files.Count} files match their digests");
        await RecomputeVerdictAsync(bundle, manifest, facts, problems, cancellationToken);
        return new VerificationReport(facts, problems);
    }

    private static async Task CheckSignatureAsync(string bundle, string? publicKeyPath, byte[] manifest, List<string> facts, List<string> problems,
        CancellationToken cancellationToken)
    {
        var signaturePath = Path.Combine(bundle, EvidenceSigner.SignatureFile);
        var keyPath = publicKeyPath ?? Path.Combine(bundle, EvidenceSigner.PublicKeyFile);
        if (!File.Exists(signaturePath))
        {
            problems.Add($"{EvidenceSigner.SignatureFile}: missing: the bundle is not signed (conformance sign DIR --key FILE)");
            return;
        }
        if (!File.Exists(keyPath))
        {
            problems.Add($"{keyPath}: no public key to check the signature with");
            return;
        }
        try
        {
            using var rsa = OpenSshPublicKey.Parse(await File.ReadAllTextAsync(keyPath, cancellationToken));
            var signature = Convert.FromHexString((await File.ReadAllTextAsync(signaturePath, cancellationToken)).Trim());
            var fingerprint = OpenSshPublicKey.Fingerprint(rsa);
            if (rsa.VerifyData(manifest, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                facts.Add($"signature good: {EvidenceManifest.FileName} signed by key {fingerprint}" + (publicKeyPath is null ? " (the key in the bundle: compare the fingerprint with the signer's)" : string.Empty));
            }
            else
            {
                problems.Add($"{EvidenceManifest.FileName}: the signature does not match key {fingerprint}: the manifest was changed after signing, or signed with another key");
            }
        }
        catch (FormatException e)
        {
            problems.Add($"{(e.Message.Contains("OpenSSH", StringComparison.Ordinal) ? keyPath : EvidenceSigner.SignatureFile)}: {e.Message}");
        }
    }

    /// <summary>What a manifest lacks (JSON null is not absent to the deserialiser), or null when it is whole.</summary>
    private static string? Incomplete(EvidenceManifest manifest)
    {
        if (manifest.Files is null || manifest.Files.Any(f => f?.Path is null || f.Sha256 is null))
        {
            return "files must list each file's path and sha256";
        }
        if (manifest.Judgement?.Guideline is null || manifest.Judgement.Target is null)
        {
            return "judgement must name the guideline and the target";
        }
        // What the verdict is judged again with must be among the files whose digests are checked, inside the bundle.
        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var judgedWith = new[] { manifest.Judgement.Guideline, manifest.Judgement.AddOnGuideline, manifest.Judgement.Waivers, manifest.StandardJudgement?.Guideline }.OfType<string>();
        return judgedWith.FirstOrDefault(p => !listed.Contains(p)) is { } unlisted
            ? $"judgement names '{unlisted}', which is not one of its files"
            : null;
    }

    private static async Task<int> CheckFilesAsync(string bundle, EvidenceManifest manifest, List<string> problems, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(bundle) + Path.DirectorySeparatorChar;
        var intact = 0;
        foreach (var file in manifest.Files)
        {
            string path;
            try
            {
                path = Path.GetFullPath(Path.Combine(bundle, file.Path));
            }
            catch (ArgumentException)
            {
                problems.Add($"{file.Path.ReplaceLineEndings(" ")}: not a file path");
                continue;
            }
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                problems.Add($"{file.Path}: outside the bundle");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"{file.Path}: missing");
            }
            else if (await Sha256Hex.OfFileAsync(path, cancellationToken) is var digest && digest != file.Sha256)
            {
                problems.Add($"{file.Path}: changed: its SHA-256 is {digest}, the manifest says {file.Sha256}");
            }
            else
            {
                intact++;
            }
        }
        return intact;
    }

    private static async Task RecomputeVerdictAsync(string bundle, EvidenceManifest manifest, List<string> facts, List<string> problems,
        CancellationToken cancellationToken)
    {
        try
        {
            var whole = await JsonResultsReader.ReadAsync(Path.Combine(bundle, JsonResultsWriter.FileName), cancellationToken);
            // With a standard judged beside the guideline, each verdict was judged over its own part of the run.
            var run = manifest.StandardJudgement is null ? whole : StandardRunParts.GuidelinePart(whole);
            if (manifest.StandardJudgement is { } standard)
            {
                await RecomputeStandardVerdictAsync(bundle, standard, manifest.StandardVerdict, whole, facts, problems, cancellationToken);
            }
            var judging = await BundledJudgement.LoadAsync(bundle, manifest.Judgement, cancellationToken);
            var suite = SuiteOf(run);
            var again = CertificationJudge.Judge(judging.Scope, run, suite, judging.Waivers, DateOnly.FromDateTime(run.FinishedAt.UtcDateTime));
            var recomputed = VerdictNames.Of(again.Verdict);
            var recorded = run.Certification is null ? "none" : VerdictNames.Of(run.Certification.Verdict);
            if (recomputed != recorded || recomputed != manifest.Verdict)
            {
                problems.Add($"{JsonResultsWriter.FileName}: the verdict judged again from its {run.Tests.Count} test results is {recomputed}, but results.json says {recorded} and the manifest {manifest.Verdict}");
            }
            else if (run.Certification is not null && !again.Figures.SequenceEqual(run.Certification.Figures))
            {
                problems.Add($"{JsonResultsWriter.FileName}: the figures judged again from its test results differ from those it records");
            }
            else
            {
                facts.Add($"verdict {recomputed} judged again from {run.Tests.Count} test results: {again.Detail()}");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever stops the judging (a malformed copy, a results.json that is not one), the bundle is not verified.
            problems.Add($"the verdict cannot be judged again: {e.Message}");
        }
    }

    private static List<TestDescriptor> SuiteOf(RunResult run) =>
        run.Tests.Select(t => new TestDescriptor(t.Name, t.FullName, t.Capability, t.IdempotentId, t.Requirement, t.MinApiVersion, t.Persona, t.Operation)).ToList();

    /// <summary>The second verdict of a run that judged a cloud standard too: judged again over the standard's checks.</summary>
    private static async Task RecomputeStandardVerdictAsync(string bundle, EvidenceJudgement judgement, string? manifestVerdict, RunResult whole,
        List<string> facts, List<string> problems, CancellationToken cancellationToken)
    {
        var part = StandardRunParts.StandardPart(whole);
        var judging = await BundledJudgement.LoadAsync(bundle, judgement, cancellationToken);
        var again = CertificationJudge.Judge(judging.Scope, part, SuiteOf(part), judging.Waivers, DateOnly.FromDateTime(whole.FinishedAt.UtcDateTime));
        var recomputed = VerdictNames.Of(again.Verdict);
        var recorded = whole.StandardCertification is null ? "none" : VerdictNames.Of(whole.StandardCertification.Verdict);
        if (recomputed != recorded || recomputed != manifestVerdict)
        {
            problems.Add($"{JsonResultsWriter.FileName}: the standard's verdict judged again from its {part.Tests.Count} checks is {recomputed}, but results.json says {recorded} and the manifest {manifestVerdict ?? "none"}");
        }
        else
        {
            facts.Add($"standard verdict {recomputed} judged again from {part.Tests.Count} checks: {again.Detail()}");
        }
    }
}
