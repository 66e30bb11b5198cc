using System.Text.Json;
using Conformance.Runner.Certification;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Evidence;

/// <summary>
/// Makes a run's output folder an evidence bundle: copies the guideline, add-on and waivers files it was
/// judged with into <c>evidence/</c>, and writes <c>manifest.json</c> with the digests of those and of the
/// reports the verdict rests on (results.json, refstack.json, summary.md, junit.xml).
/// </summary>
public static class EvidenceBundle
{
    public const string InputsFolder = "evidence";

    private static readonly string[] Reports = [JsonResultsWriter.FileName, RefStackUpload.FileName, MarkdownWriter.FileName, JUnitWriter.FileName];

    public static async Task<string> WriteAsync(string outputDirectory, RunResult run, CertificationScope scope, string target, string? waiversPath,
        CancellationToken cancellationToken)
    {
        var inputs = Path.Combine(outputDirectory, InputsFolder);
        Directory.CreateDirectory(inputs);
        var guideline = Copy(scope.GuidelinePath, inputs, "guideline-");
        var addOn = scope.AddOnGuidelinePath is null ? null : Copy(scope.AddOnGuidelinePath, inputs, "addon-");
        var waivers = waiversPath is null ? null : Copy(waiversPath, inputs, "waivers-");
        var files = new List<EvidenceFile>();
        foreach (var relative in Reports.Where(r => File.Exists(Path.Combine(outputDirectory, r)))
                     .Concat(new[] { guideline, addOn, waivers }.OfType<string>()))
        {
            files.Add(new EvidenceFile(relative, await Sha256Hex.OfFileAsync(Path.Combine(outputDirectory, relative), cancellationToken)));
        }
        var manifest = new EvidenceManifest
        {
            RunId = run.RunId,
            Endpoint = run.Endpoint,
            SuiteVersion = run.SuiteVersion,
            Judgement = new EvidenceJudgement(guideline, target, scope.AddOn, addOn, waivers),
            Verdict = run.Certification is null ? "none" : VerdictNames.Of(run.Certification.Verdict),
            Files = files,
        };
        var path = Path.Combine(outputDirectory, EvidenceManifest.FileName);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(manifest, EvidenceManifest.Json) + "\n", cancellationToken);
        return path;
    }

    /// <summary>Copies a file into the bundle and returns its path in the bundle, with '/' on every system.</summary>
    private static string Copy(string source, string inputs, string prefix)
    {
        // A bundle's own copy (a rerun judges with it) keeps its name.
        var file = Path.GetFileName(source);
        var name = file.StartsWith(prefix, StringComparison.Ordinal) ? file : prefix + file;
        File.Copy(source, Path.Combine(inputs, name), overwrite: true);
        return InputsFolder + "/" + name;
    }
}
