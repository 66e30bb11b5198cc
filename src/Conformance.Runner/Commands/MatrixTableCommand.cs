using System.ComponentModel;
using Conformance.Runner.Configuration;
using Conformance.Runner.Matrix;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance matrix-table DIR...</c>: docs/MATRIX.md from the runs of <c>scripts/matrix run</c>, in the order given.</summary>
public sealed class MatrixTableCommand : AsyncCommand<MatrixTableCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("Output folders of 'scripts/matrix run NAME DIR' (each holds deployment.json and results.json).")]
        public string[] Runs { get; init; } = [];

        [CommandOption("--output <FILE>")]
        [Description("Write the table to FILE instead of standard output.")]
        public string? Output { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var members = new List<MatrixMember>();
        foreach (var run in options.Runs)
        {
            members.Add(await MatrixMemberReader.ReadAsync(run, cancellationToken));
        }
        var markdown = MatrixTable.Markdown(members);
        if (options.Output is null)
        {
            System.Console.Write(markdown);
        }
        else
        {
            await File.WriteAllTextAsync(options.Output, markdown, cancellationToken);
        }
        return ExitCodes.Passed;
    }
}
