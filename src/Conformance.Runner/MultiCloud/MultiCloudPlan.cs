using System.Globalization;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.MultiCloud;

/// <summary>
/// A <c>run</c> or <c>profile</c> of several clouds (<c>--os-cloud</c> given more than once): each cloud judged by its
/// own runner process into <c>OUTPUT/&lt;cloud&gt;/</c>, at most <see cref="Parallel"/> at once. The persona options
/// (<c>--os-cloud-alt</c>, <c>-admin</c>, <c>-reader</c>) are given once per cloud, paired with <c>--os-cloud</c> in order.
/// <c>--os-region-name</c> given more than once judges each region of each cloud apart, into
/// <c>OUTPUT/&lt;cloud&gt;-&lt;region&gt;/</c>.
/// </summary>
public sealed record MultiCloudPlan(string Command, string OutputRoot, int Parallel, IReadOnlyList<CloudJob> Clouds)
{
    public const string ParallelOption = "--clouds-parallel";
    public const int DefaultParallel = 2;

    /// <summary>More would start that many .NET runtimes at once on the machine that judges.</summary>
    public const int MaxParallel = 16;

    private static readonly string[] Commands = ["run", "profile"];
    private const string CloudOption = "--os-cloud";
    private const string RegionOption = "--os-region-name";
    private static readonly string[] PersonaOptions = ["--os-cloud-alt", "--os-cloud-admin", "--os-cloud-reader"];
    private const string OutputOption = "--output";

    /// <summary>
    /// The plan of <paramref name="args"/>, or null when they name at most one cloud (the ordinary single run).
    /// </summary>
    /// <param name="defaultOutput">The report root when --output is not given.</param>
    /// <exception cref="UsageException">The options do not make one run per cloud.</exception>
    public static MultiCloudPlan? Parse(IReadOnlyList<string> args, string defaultOutput)
    {
        if (args.Count == 0 || !Commands.Contains(args[0]))
        {
            return null;
        }
        var options = CommandLineOptions.Split(args.Skip(1).ToList());
        var clouds = options.Values(CloudOption);
        var regions = options.Values(RegionOption);
        if (clouds.Count < 2 && regions.Count < 2)
        {
            return null;
        }
        if (clouds.Count == 0)
        {
            throw new UsageException($"{RegionOption} given several times picks regions of a cloud: pass {CloudOption} NAME too", ExitCodes.BadUsage);
        }
        if (regions.Distinct(StringComparer.Ordinal).Count() != regions.Count)
        {
            throw new UsageException($"{RegionOption} names a region twice ({string.Join(", ", regions)}): name each region once", ExitCodes.BadUsage);
        }
        if (clouds.Distinct(StringComparer.Ordinal).Count() != clouds.Count)
        {
            throw new UsageException($"{CloudOption} names a cloud twice ({string.Join(", ", clouds)}): name each cloud once", ExitCodes.BadUsage);
        }
        if (options.Has("--endpoint"))
        {
            throw new UsageException($"--endpoint names one endpoint: with several {CloudOption}, each cloud's endpoint comes from its catalog", ExitCodes.BadUsage);
        }
        var personas = PersonaOptions.ToDictionary(o => o, options.Values);
        foreach (var (option, values) in personas.Where(p => p.Value.Count > 0 && p.Value.Count != clouds.Count))
        {
            throw new UsageException($"{option} is given {values.Count} time(s) for {clouds.Count} clouds: give it once per {CloudOption}, in the same order", ExitCodes.BadUsage);
        }
        var parallel = ParseParallel(options.Values(ParallelOption));
        var outputs = options.Values(OutputOption);
        var root = outputs.Count > 0 ? outputs[^1] : defaultOutput;
        var shared = options.Without([CloudOption, RegionOption, OutputOption, ParallelOption, .. PersonaOptions]);
        IReadOnlyList<string?> eachRegion = regions.Count > 0 ? [.. regions] : [null];
        var jobs = clouds.SelectMany((cloud, index) => eachRegion.Select(region =>
        {
            var name = regions.Count > 1 ? $"{cloud}-{region}" : cloud;
            var folder = Path.Combine(root, FolderName(name));
            List<string> childArgs = [args[0], .. shared, CloudOption, cloud, OutputOption, folder];
            if (region is not null)
            {
                childArgs.AddRange([RegionOption, region]);
            }
            foreach (var (option, values) in personas.Where(p => p.Value.Count > 0))
            {
                childArgs.AddRange([option, values[index]]);
            }
            return new CloudJob(name, folder, childArgs);
        })).ToList();
        if (jobs.Select(j => j.Folder).Distinct(StringComparer.Ordinal).Count() != jobs.Count)
        {
            throw new UsageException($"the clouds {string.Join(", ", clouds)} would share a report folder: name them apart", ExitCodes.BadUsage);
        }
        return new MultiCloudPlan(args[0], root, parallel, jobs);
    }

    /// <summary>A cloud's report folder: its name, with what a file name cannot hold replaced.</summary>
    public static string FolderName(string cloud) =>
        string.Concat(cloud.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')).TrimStart('.') is { Length: > 0 } name
            ? name : "cloud";

    private static int ParseParallel(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return DefaultParallel;
        }
        return int.TryParse(values[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxParallel
            ? n
            : throw new UsageException($"{ParallelOption} '{values[^1]}' must be a whole number from 1 to {MaxParallel}", ExitCodes.BadUsage);
    }
}
