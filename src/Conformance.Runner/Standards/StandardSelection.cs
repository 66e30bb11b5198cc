using Conformance.ImagesApi.Session;
using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Tests.Standards.Scs;
using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Runner.Standards;

/// <summary>
/// From <c>--standard</c>, <c>--scope-version</c> and <c>--scs-data</c> to what a run judges: the scope version written as a
/// guideline (in the output folder, so the evidence bundle carries it), the testcase ids to run, and the checks' settings
/// with "now" taken once.
/// </summary>
public sealed record StandardSelection(string GuidelinePath, string Program, string Status, IReadOnlyList<string> TestcaseIds, StandardCheckSettings Settings)
{
    public const string ScsName = "scs-compatible-iaas";
    public const string DefaultVersion = "v5.1";
    public const string OutputFolder = "standard";

    /// <summary>
    /// The shared extract, <c>shared/reference/scs/scs-image-testcases.yaml</c> beside the repository (<c>../shared</c>) or
    /// beside a folder above it (a git worktree nested deeper); the nearest first.
    /// </summary>
    public static string DefaultDataFile()
    {
        var start = new DirectoryInfo(RepositoryLayout.Root ?? Directory.GetCurrentDirectory());
        var candidates = new List<string>();
        for (var dir = start.Parent; dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine([dir.FullName, .. ScsStandardReader.SharedFolder.Skip(1), ScsStandardReader.FileName]));
        }
        return candidates.FirstOrDefault(File.Exists) ?? Path.GetFullPath(Path.Combine([start.FullName, .. ScsStandardReader.SharedFolder, ScsStandardReader.FileName]));
    }

    /// <exception cref="UsageException">An unknown standard or version, or the data is missing or unreadable.</exception>
    public static async Task<StandardSelection> PrepareAsync(string standardName, string? version, string? dataFile, string output, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!string.Equals(standardName, ScsName, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--standard {standardName}: unknown standard; known: {ScsName}");
        }
        var path = Path.GetFullPath(dataFile ?? DefaultDataFile());
        if (!File.Exists(path))
        {
            throw new UsageException($"--standard {ScsName}: the SCS data {path} is missing: check out ../shared beside the repository or pass --scs-data FILE");
        }
        ScsStandard standard;
        try
        {
            standard = ScsStandardReader.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or YamlDotNet.Core.YamlException)
        {
            throw new UsageException($"--scs-data {path}: {e.Message}");
        }
        var name = version ?? DefaultVersion;
        var scopeVersion = standard.Versions.TryGetValue(name, out var found) ? found
            : throw new UsageException($"--scope-version {name}: {standard.ScopeName} has no such version; known: {string.Join(", ", standard.Versions.Keys.Order(StringComparer.Ordinal))}");
        var status = standard.StatusOn(name, DateOnly.FromDateTime(now.UtcDateTime));
        var guideline = ScsGuideline.Build(standard, scopeVersion, status);
        var written = await ScsGuideline.WriteAsync(guideline, Path.Combine(output, OutputFolder, ScsGuideline.Id(standard, name) + ".json"), cancellationToken);
        return new StandardSelection(written, ScsGuideline.ProgramName(standard, name), status, ScsGuideline.MainIds(standard, scopeVersion),
            new StandardCheckSettings(path, now, name));
    }

    /// <summary>The run's environment with what the standard was judged with: the scope version, its status, "now" and the data file.</summary>
    public static IReadOnlyDictionary<string, string> WithFacts(IReadOnlyDictionary<string, string> environment, StandardSelection standard) =>
        new Dictionary<string, string>(environment)
        {
            ["standard"] = standard.Program,
            ["standard.status"] = standard.Status,
            ["standard.version"] = standard.Settings.ScopeVersion ?? "(none)",
            ["standard.now"] = standard.Settings.Now.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["standard.data"] = standard.Settings.ScsDataFile ?? "(none)",
        };

    /// <summary>The checks together with the suite's tests <paramref name="suite"/> selects (by full name: a plain filter, whatever the suite's was), for a run that judges both.</summary>
    public NUnit.Framework.Interfaces.ITestFilter AddedTo(NUnit.Framework.Interfaces.ITestFilter suite) =>
        Execution.SuiteAssembly.FilterForTests(Execution.SuiteAssembly.Describe(suite).Select(d => d.FullName).Concat(TestFullNames));

    /// <summary>
    /// For a rerun of a run that judged the standard: its data file again (from the run's facts), and a "now" of the rerun's
    /// own (a fixed image may be newer than the first run's "now"); null when the run judged no standard.
    /// </summary>
    /// <exception cref="UsageException">The run's standard data file is gone.</exception>
    public static StandardCheckSettings? RerunSettings(IReadOnlyDictionary<string, string> environment, DateTimeOffset now)
    {
        if (!environment.TryGetValue("standard.data", out var data))
        {
            return null;
        }
        return File.Exists(data) ? new StandardCheckSettings(data, now, environment.GetValueOrDefault("standard.version"))
            : throw new UsageException($"--failed: the run judged {environment.GetValueOrDefault("standard")} with the SCS data {data}, which is gone: put it back or run the standard again");
    }

    /// <summary>The merged environment of a rerun: the first run's standard facts kept, the rerun's "now" beside them.</summary>
    public static IReadOnlyDictionary<string, string> RerunFacts(IReadOnlyDictionary<string, string> previous, IReadOnlyDictionary<string, string> environment, StandardCheckSettings? rerun)
    {
        var facts = new Dictionary<string, string>(environment);
        if (rerun is null)
        {
            return facts;
        }
        foreach (var (key, value) in previous.Where(p => p.Key.StartsWith("standard", StringComparison.Ordinal)))
        {
            facts[key] = value;
        }
        facts["rerun.standard.now"] = rerun.Now.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return facts;
    }

    /// <summary>The suite's full names of the checks to run.</summary>
    public IEnumerable<string> TestFullNames => TestcaseIds.Select(id => $"{typeof(ScsImageStandardTests).FullName}.{id}");

    /// <summary>For the console: draft and deprecated versions are testable but not certifiable.</summary>
    public string Note => Status is "effective" or "warn" ? $"{Status}, certifiable" : $"{Status}: testable, not certifiable";
}
