using System.Text.Json;
using Conformance.Runner.Certification;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Evidence;

/// <summary>
/// Makes a run's output folder an evidence bundle: copies the guideline, add-on and waivers files it was
/// judged with into <c>evidence/</c>, with the command line (secrets removed) and the discovery snapshot,
/// and writes <c>manifest.json</c> with the digests of those, of the reports the verdict rests on
/// (results.json, refstack.json, summary.md, junit.xml) and of every Allure result.
/// </summary>
public static class EvidenceBundle
{
    public const string InputsFolder = "evidence";

    private static readonly string[] Reports = [JsonResultsWriter.FileName, RefStackUpload.FileName, MarkdownWriter.FileName, JUnitWriter.FileName, Standards.ScsOfficialResultsWriter.FileName];

    public const string CommandLineFile = InputsFolder + "/command-line.txt";
    public const string DiscoveryFile = InputsFolder + "/discovery.json";

    public static async Task<string> WriteAsync(string outputDirectory, RunResult run, CertificationScope scope, string target, string? waiversPath,
        IEnumerable<string> arguments, CancellationToken cancellationToken, (CertificationScope Scope, string Target)? standard = null)
    {
        var inputs = Path.Combine(outputDirectory, InputsFolder);
        Directory.CreateDirectory(inputs);
        var guideline = Copy(scope.GuidelinePath, inputs, "guideline-");
        var addOn = scope.AddOnGuidelinePath is null ? null : Copy(scope.AddOnGuidelinePath, inputs, "addon-");
        var waivers = waiversPath is null ? null : Copy(waiversPath, inputs, "waivers-");
        var standardGuideline = standard is { } judged ? Copy(judged.Scope.GuidelinePath, inputs, "standard-") : null;
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, CommandLineFile),
            "conformance " + CommandLine.Format(CommandLine.Redacted(arguments)) + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, DiscoveryFile),
            JsonSerializer.Serialize(new SortedDictionary<string, string>(run.Environment.ToDictionary(), StringComparer.Ordinal), EvidenceManifest.Json) + "\n",
            cancellationToken);
        var files = new List<EvidenceFile>();
        foreach (var relative in Reports.Where(r => File.Exists(Path.Combine(outputDirectory, r)))
                     .Concat(new[] { guideline, addOn, waivers, standardGuideline, CommandLineFile, DiscoveryFile }.OfType<string>())
                     .Concat(AllureResults(outputDirectory)))
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
            StandardJudgement = standard is { } s ? new EvidenceJudgement(standardGuideline!, s.Target, null, null, waivers) : null,
            StandardVerdict = run.StandardCertification is null ? null : VerdictNames.Of(run.StandardCertification.Verdict),
            Files = files,
        };
        var path = Path.Combine(outputDirectory, EvidenceManifest.FileName);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(manifest, EvidenceManifest.Json) + "\n", cancellationToken);
        return path;
    }

    private static IEnumerable<string> AllureResults(string outputDirectory)
    {
        var directory = Path.Combine(outputDirectory, AllureResultsWriter.DirectoryName);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal)
                .Select(f => AllureResultsWriter.DirectoryName + "/" + Path.GetFileName(f))
            : [];
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
