using System.ComponentModel;
using Conformance.Runner.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance sign DIR --key FILE</c>: signs a run's evidence bundle (its manifest.json) and packs it into one archive.</summary>
public sealed class SignCommand : AsyncCommand<SignCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The output folder of a run.")]
        public string Bundle { get; init; } = string.Empty;

        [CommandOption("--key <FILE>")]
        [Description("An RSA private key in PEM (ssh-keygen -t rsa -b 4096 -m PEM), the kind RefStack uploads are signed with.")]
        public string? Key { get; init; }

        [CommandOption("--archive <FILE>")]
        [Description("Where to write the signed bundle as one archive (default: <DIR>.evidence.tar.gz beside the folder).")]
        public string? Archive { get; init; }

        public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Key)
            ? ValidationResult.Error("--key is required: pass the RSA private key (PEM) to sign with")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var fingerprint = await EvidenceSigner.SignAsync(options.Bundle, options.Key!, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"signed {Path.Combine(options.Bundle, EvidenceManifest.FileName)} with key {fingerprint}: {EvidenceSigner.SignatureFile}, {EvidenceSigner.PublicKeyFile}");
        var archive = options.Archive ?? EvidenceArchive.DefaultPathFor(options.Bundle);
        await EvidenceArchive.WriteAsync(options.Bundle, archive, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"evidence archive: {archive} (conformance verify {archive})");
        return 0;
    }
}
