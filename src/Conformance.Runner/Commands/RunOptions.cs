using System.ComponentModel;
using Conformance.Runner.Configuration;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

public sealed class RunOptions : EndpointOptions
{
    [CommandOption("--capability <NAME>")]
    [Description("Run only the tests of this capability (repeatable), e.g. images-v2-list.")]
    public string[] Capabilities { get; init; } = [];

    [CommandOption("--output <DIR>")]
    [Description("Where to write the reports (default reports/<timestamp>/).")]
    public string? Output { get; init; }

    [CommandOption("--target <NAME>")]
    [Description("What the run is judged for, shown in reports (default: interop 2020.06 image capabilities).")]
    [DefaultValue("interop 2020.06 image capabilities")]
    public string Target { get; init; } = "interop 2020.06 image capabilities";
}
