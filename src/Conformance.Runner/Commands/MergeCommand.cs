using System.ComponentModel;
using System.Text.Json;
using Conformance.Runner.Comparison;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Conformance.Runner.Execution;
using Conformance.Runner.Sharding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary>
/// <c>conformance merge DIR... --output DIR</c>: the shards of one run (<c>run --shard I/N --run-id ID</c>) as one
/// run: one results.json, every report, the evidence bundle and one verdict, judged with what the shards were judged with.
/// </summary>
public sealed class MergeCommand : AsyncCommand<MergeCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<SHARD_DIR>")]
        [Description("The output folders of every shard of the run.")]
        public string[] Shards { get; init; } = [];

        [CommandOption("--output <DIR>")]
        [Description("Where to write the merged run's reports (default reports/<timestamp>-merged/).")]
        public string? Output { get; init; }

        [CommandOption("--cpid <ID>")]
        [Description("The cloud provider id for refstack.json (default: derived from the endpoint).")]
        public string? Cpid { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var shards = new List<ShardFolder>();
        foreach (var path in options.Shards.Select(Path.GetFullPath))
        {
            shards.Add(new ShardFolder(path, await ResultsLocation.ReadAsync(path, cancellationToken), await ManifestOfAsync(path, cancellationToken)));
        }
        var merged = ShardMerge.Merge(shards);
        var first = shards[0];
        if (first.Manifest is null)
        {
            throw new UsageException($"{first.Path} has no {EvidenceManifest.FileName}: merge the shards' whole output folders, not only their results.json");
        }
        var bundled = await BundledJudgement.LoadAsync(first.Path, first.Manifest.Judgement, cancellationToken);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory, DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss") + "-merged"));
        if (shards.Any(s => string.Equals(s.Path.TrimEnd(Path.DirectorySeparatorChar), output.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)))
        {
            throw new UsageException($"--output {output} is one of the shards: choose a new folder");
        }
        AnsiConsole.MarkupLineInterpolated($"run {merged.RunId}: {shards.Count} shards, {merged.Tests.Count} tests, judged against {bundled.Scope.Title}");
        return await JudgedRunOutput.FinishAsync(merged, interrupted: false, SuiteAssembly.Describe(SuiteAssembly.FilterFor([])),
            new Judging(bundled.Scope, bundled.Target, bundled.Waivers, bundled.WaiversPath, options.Cpid), output);
    }

    private static async Task<EvidenceManifest?> ManifestOfAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Directory.Exists(folder) ? folder : Path.GetDirectoryName(folder)!, EvidenceManifest.FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<EvidenceManifest>(await File.ReadAllBytesAsync(path, cancellationToken), EvidenceManifest.Json);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path} is not a manifest.json this suite wrote: {e.Message}");
        }
    }
}
