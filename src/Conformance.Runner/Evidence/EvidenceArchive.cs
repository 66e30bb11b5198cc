using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Evidence;

/// <summary>
/// The evidence bundle as one file to hand over: a gzip'd tar of the signed manifest, its signature and
/// public key, and exactly the files the manifest lists. Nothing else goes in, so verifying the archive
/// can call any other file in it a problem.
/// </summary>
public static class EvidenceArchive
{
    public const string Extension = ".evidence.tar.gz";

    /// <summary>Where <c>sign</c> writes the archive of the folder <paramref name="bundle"/> unless told: beside it.</summary>
    public static string DefaultPathFor(string bundle) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(bundle)) + Extension;

    public static bool IsArchive(string path) => File.Exists(path) && (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase));

    /// <summary>The paths an archive of this bundle holds: the manifest, its signature and key, and the files it lists.</summary>
    public static async Task<IReadOnlyList<string>> MembersOfAsync(string bundle, CancellationToken cancellationToken)
    {
        var manifest = JsonSerializer.Deserialize<EvidenceManifest>(
            await File.ReadAllBytesAsync(Path.Combine(bundle, EvidenceManifest.FileName), cancellationToken), EvidenceManifest.Json)
            ?? throw new UsageException($"{bundle}: {EvidenceManifest.FileName} is empty");
        return [EvidenceManifest.FileName, EvidenceSigner.SignatureFile, EvidenceSigner.PublicKeyFile, .. manifest.Files.Select(f => f.Path)];
    }

    public static async Task WriteAsync(string bundle, string archivePath, CancellationToken cancellationToken)
    {
        var members = await MembersOfAsync(bundle, cancellationToken);
        var temporary = archivePath + ".partial";
        await using (var file = File.Create(temporary))
        await using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var member in members.Where(m => File.Exists(Path.Combine(bundle, m))))
            {
                await tar.WriteEntryAsync(Path.Combine(bundle, member), member, cancellationToken);
            }
        }
        File.Move(temporary, archivePath, overwrite: true);
    }

    /// <summary>Unpacks an archive into <paramref name="directory"/>; entries that would land outside it are refused by the runtime.</summary>
    public static async Task ExtractAsync(string archivePath, string directory, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(archivePath);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await TarFile.ExtractToDirectoryAsync(gzip, directory, overwriteFiles: false, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            throw new UsageException($"{archivePath}: not an evidence archive (a .tar.gz written by conformance sign): {e.Message}");
        }
    }
}
