using System.ComponentModel;
using System.Text.Json;
using Conformance.Runner.Configuration;
using Conformance.Runner.Coverage;
using Conformance.Runner.Reporting.Json;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance coverage --results DIR</c>: the coverage table of a run, as Markdown on standard output.</summary>
public sealed class CoverageCommand : AsyncCommand<CoverageCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandOption("--results <DIR>")]
        [Description("The output folder of a run (it holds results.json).")]
        public string? Results { get; init; }

        [CommandOption("--reference <DIR>")]
        [Description("The folder with glance_v2_api_endpoints.csv and tempest_image_v2_tests.csv (default ../shared/reference beside the repository).")]
        public string? Reference { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var results = Path.Combine(options.Results ?? throw new UsageException("no run given: pass --results DIR, the output folder of ./conformance run"), JsonResultsWriter.FileName);
        if (!File.Exists(results))
        {
            throw new UsageException($"{results} not found: pass --results DIR, the output folder of a ./conformance run");
        }
        var reference = options.Reference ?? Path.Combine(RepositoryLayout.Root ?? ".", "..", "shared", "reference");
        var endpoints = Path.Combine(reference, "glance_v2_api_endpoints.csv");
        var tempest = Path.Combine(reference, "tempest_image_v2_tests.csv");
        if (!File.Exists(endpoints) || !File.Exists(tempest))
        {
            throw new UsageException($"the reference tables are not in {Path.GetFullPath(reference)}: pass --reference DIR");
        }
        var run = JsonSerializer.Deserialize<JsonResultsDocument>(await File.ReadAllTextAsync(results, cancellationToken), JsonResultsFormat.Options)
            ?? throw new UsageException($"{results} is empty: pass the output folder of a complete run");
        System.Console.Write(CoverageTable.Markdown(run, CsvTable.Read(endpoints), CsvTable.Read(tempest)));
        return ExitCodes.Passed;
    }
}
