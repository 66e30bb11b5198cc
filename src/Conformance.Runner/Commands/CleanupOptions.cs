using System.ComponentModel;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

public sealed class CleanupOptions : EndpointOptions
{
    [CommandOption("--run-id <ID>")]
    [Description("Delete what this run left (its id is in results.json and on the run's first line).")]
    public string? RunId { get; init; }

    [CommandOption("--all-runs")]
    [Description("Delete what any run left: every image tagged by a run, every namespace named by one (also those of a run still in progress).")]
    public bool AllRuns { get; init; }

    [CommandOption("--dry-run")]
    [Description("List what would be deleted; delete nothing.")]
    public bool DryRun { get; init; }

    public override ValidationResult Validate() => (RunId, AllRuns) switch
    {
        (null, false) => ValidationResult.Error("cleanup needs --run-id ID (a run's id, from its results.json) or --all-runs"),
        (not null, true) => ValidationResult.Error("both --run-id and --all-runs given: pass one"),
        ({ } id, _) when !RunSelector.IsRunId(id) => ValidationResult.Error($"--run-id '{id}' is not a run id: pass the runId of a results.json, e.g. --run-id 2db58052"),
        _ => ValidationResult.Success(),
    };

    public RunSelector Runs => RunId is null ? RunSelector.All : RunSelector.Only(RunId);
}
