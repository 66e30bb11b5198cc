using System.ComponentModel;
using Conformance.Runner.Configuration;
using Conformance.Runner.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance verify DIR</c>: the signature, every file's digest, and the verdict judged again from the raw results.</summary>
public sealed class VerifyCommand : AsyncCommand<VerifyCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("A signed evidence bundle: the archive conformance sign wrote, or the output folder of a run.")]
        public string Bundle { get; init; } = string.Empty;

        [CommandOption("--public-key <FILE>")]
        [Description("The signer's public key in OpenSSH format (default: manifest.pub in the bundle, which proves integrity but not who signed).")]
        public string? PublicKey { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var report = await EvidenceVerifier.VerifyAsync(options.Bundle, options.PublicKey, cancellationToken);
        foreach (var fact in report.Facts)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {fact}");
        }
        foreach (var problem in report.Problems)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]problem[/] {problem}");
        }
        AnsiConsole.MarkupLine(report.IsValid ? "verified" : $"NOT VERIFIED: {report.Problems.Count} problem(s)");
        return report.IsValid ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }
}
