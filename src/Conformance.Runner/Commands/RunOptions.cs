using System.ComponentModel;
using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Selection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

public sealed class RunOptions : SelectionOptions
{
    [CommandOption("--capability <NAME>")]
    [Description("Run only the tests of this capability (repeatable), e.g. images-v2-list. A narrowed run cannot be compliant.")]
    public string[] Capabilities { get; init; } = [];

    [CommandOption("--output <DIR>")]
    [Description("Where to write the reports (default reports/<timestamp>/).")]
    public string? Output { get; init; }

    [CommandOption("--guideline <FILE>")]
    [Description("The interop guideline (schema 2.0) the run is judged against, e.g. ../shared/interop/interop-2020.06.json (default: the project's guidelines/images-api-conformance.json).")]
    public string? Guideline { get; init; }

    [CommandOption("--target <PROGRAM>")]
    [Description("The guideline's program: platform, compute or object (or its full name).")]
    [DefaultValue(ProgramTargets.Default)]
    public string Target { get; init; } = ProgramTargets.Default;

    [CommandOption("--addon <NAME>")]
    [Description("An add-on program judged with the target: its name (found in the guideline or the guideline files beside it) or an add-on guideline file.")]
    public string? AddOn { get; init; }

    [CommandOption("--standard <NAME>")]
    [Description("Judge against a cloud standard: scs-compatible-iaas (SCS image standards scs-0102, scs-0104). Alone it runs only its checks; with --guideline, --addon or --capability the suite runs too, and the run has two verdicts.")]
    public string? Standard { get; init; }

    [CommandOption("--scope-version <VERSION>")]
    [Description("The standard's scope version, e.g. v5.1 (in force) or next (draft); default v5.1.")]
    public string? ScopeVersion { get; init; }

    [CommandOption("--scs-data <FILE>")]
    [Description("The SCS data extract (default ../shared/reference/scs/scs-image-testcases.yaml beside the repository).")]
    public string? ScsData { get; init; }

    [CommandOption("--waivers <FILE>")]
    // Descriptions are Spectre markup: a literal bracket is doubled, or --help fails.
    [Description("Accepted exceptions: a JSON file { \"waivers\": [[ { \"test\", \"reason\", \"expires\": \"yyyy-MM-dd\" } ]] }; a waived required test that did not pass gives compliant-with-waivers.")]
    public string? Waivers { get; init; }

    [CommandOption("--cpid <ID>")]
    [Description("The cloud provider id written to refstack.json (RefStack uses Keystone's identity service id); default: a uuid derived from the endpoint.")]
    public string? Cpid { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Run only shard I of N (e.g. 2/4): a partition of the selected tests by fixture, the same on every machine. Needs --run-id; combine the shards with 'conformance merge'.")]
    public string? Shard { get; init; }

    [CommandOption("--run-id <ID>")]
    [Description("The run's id (letters, digits and '-', at most 32): shards of one run share it, so that 'conformance merge' can tell them from another run's (default: a new random id).")]
    public string? RunId { get; init; }

    [CommandOption("--profile")]
    [Description("After the tests, measure the cloud's delivery profile (as 'conformance profile' with its defaults; its API latency covers every exchange of the run) into the same reports.")]
    public bool Profile { get; init; }

    public override ValidationResult Validate() =>
        Standard is null && (ScopeVersion is not null || ScsData is not null) ? ValidationResult.Error("--scope-version and --scs-data need --standard scs-compatible-iaas")
        : string.IsNullOrWhiteSpace(Target) ? ValidationResult.Error("--target is empty: pass --target platform, compute or object")
        : Standard is not null && (Only.Length > 0 || Tests.Length > 0 || TestList is not null) ? ValidationResult.Error("--standard runs the standard's own checks: --only, --test and --test-list select Images API tests; run them without --standard")
        : base.Validate();
}
