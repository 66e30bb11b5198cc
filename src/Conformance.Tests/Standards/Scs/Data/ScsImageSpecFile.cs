using Conformance.Tests.Standards.Scs.Checks;
using YamlDotNet.RepresentationModel;

namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>
/// The standard-image list a scope version hands to scs-0104 as its <c>image_spec</c> parameter (e.g.
/// <c>scs-0104-v1-images-v5.yaml</c>): what the standard's own logic makes normative, while the official test uses a
/// hard-coded table of its own. Read from the copy beside the SCS data file.
/// </summary>
public sealed record ScsImageSpecFile(string FileName, IReadOnlyList<ScsImageSpecFile.Entry> Entries)
{
    /// <summary>One image of the list: which images it covers and the allowed sources, and whether it MUST, SHOULD or MAY exist.</summary>
    public sealed record Entry(ScsImageSpec Spec, string Status)
    {
        public const string Mandatory = "mandatory";
        public const string Recommended = "recommended";
    }

    /// <summary>The entry that covers the same images as an official spec (same exact name, or same name scheme); null when the list has none.</summary>
    public Entry? For(ScsImageSpec official) => Entries.FirstOrDefault(e =>
        official.NameScheme is null ? e.Spec.NameScheme is null && e.Spec.ExactName == official.ExactName : e.Spec.NameScheme == official.NameScheme);

    /// <summary>Reads the copy named by the last segment of <paramref name="url"/> in <paramref name="folder"/>; null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file has no list of images.</exception>
    public static ScsImageSpecFile? ReadBeside(string folder, string url)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return null;
        }
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var images = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("images"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>() : throw new InvalidDataException($"{path}: images is missing or not a list");
        return new ScsImageSpecFile(name, images.Select(EntryOf).ToList());
    }

    private static Entry EntryOf(YamlMappingNode image)
    {
        string? Value(string key) => image.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
        var sources = image.Children.TryGetValue(new YamlScalarNode("source"), out var s)
            ? s is YamlSequenceNode many ? many.Children.Select(c => (c as YamlScalarNode)?.Value ?? string.Empty).ToList() : [(s as YamlScalarNode)?.Value ?? string.Empty]
            : [];
        var name = Value("name") ?? string.Empty;
        var scheme = Value("name_scheme");
        return new Entry(new ScsImageSpec(name, scheme is null ? name : null, scheme, sources), Value("status") ?? "optional");
    }
}
