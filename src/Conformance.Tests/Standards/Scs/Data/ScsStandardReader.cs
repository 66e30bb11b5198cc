using System.Globalization;
using Conformance.Tests.Standards.Scs.Checks;
using YamlDotNet.RepresentationModel;

namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>Reads <c>scs-image-testcases.yaml</c> (the project's shared extract of the SCS standards repository).</summary>
public static class ScsStandardReader
{
    public const string FileName = "scs-image-testcases.yaml";

    /// <summary>Where the shared SCS data lives, relative to the repository: <c>../shared/reference/scs</c>.</summary>
    public static readonly string[] SharedFolder = ["..", "shared", "reference", "scs"];

    /// <exception cref="InvalidDataException">The file is not the extract (a member is missing or of the wrong kind).</exception>
    public static ScsStandard Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode m ? m : throw Invalid(path, "$", "is not one YAML mapping");
        var scope = Map(root, "scope", path);
        var specs = Map(root, "hardcoded_specs_used_by_official_test", path).Children.ToDictionary(
            p => Scalar(p.Key), p => Spec(Scalar(p.Key), (YamlMappingNode)p.Value), StringComparer.Ordinal);
        var versions = Map(root, "scope_versions", path);
        return new ScsStandard
        {
            SourcePath = path,
            ScopeName = Text(scope, "name", path),
            ScopeUuid = Text(scope, "uuid", path),
            ScopeUrl = Text(scope, "url", path),
            Specs = specs,
            StandardImageTestcases = Map(root, "scs_0104_testcases", path).Children.ToDictionary(p => Scalar(p.Key), p =>
            {
                var wiring = (YamlMappingNode)p.Value;
                var key = Text(wiring, "spec_key", path);
                return specs.ContainsKey(key)
                    ? new ScsTestcaseWiring(Scalar(p.Key), key, Scalar(p.Key).StartsWith("scs-0104-image-", StringComparison.Ordinal))
                    : throw Invalid(path, $"$.scs_0104_testcases.{Scalar(p.Key)}.spec_key", $"names '{key}', which is not a spec");
            }, StringComparer.Ordinal),
            Modules = Map(root, "modules", path).Children.ToDictionary(p => Scalar(p.Key), p =>
            {
                var module = (YamlMappingNode)p.Value;
                return new ScsModule(Scalar(p.Key), Text(module, "name", path), Text(module, "url", path),
                    Map(module, "targets", path).Children.ToDictionary(t => Scalar(t.Key), t => (IReadOnlyList<string>)Strings(t.Value), StringComparer.Ordinal));
            }, StringComparer.Ordinal),
            Versions = versions.Children.ToDictionary(p => Scalar(p.Key), p =>
            {
                var version = (YamlMappingNode)p.Value;
                var modules = version.Children.TryGetValue(new YamlScalarNode("image_modules"), out var list) && list is YamlSequenceNode sequence
                    ? sequence.Children.OfType<YamlMappingNode>().Select(e => Text(e, "module", path)).ToList() : [];
                var stabilized = version.Children.TryGetValue(new YamlScalarNode("stabilized_at"), out var at) ? Scalar(at) : null;
                return new ScsScopeVersion(Scalar(p.Key), string.IsNullOrEmpty(stabilized) || stabilized == "null" ? null : stabilized, modules);
            }, StringComparer.Ordinal),
            Timeline = (root.Children.TryGetValue(new YamlScalarNode("timeline"), out var timeline) && timeline is YamlSequenceNode entries ? entries.Children : [])
                .OfType<YamlMappingNode>()
                .Select(e => new ScsTimelineEntry(DateOnly.ParseExact(Text(e, "date", path), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Map(e, "versions", path).Children.ToDictionary(v => Scalar(v.Key), v => Scalar(v.Value), StringComparer.Ordinal)))
                .ToList(),
            ImageSpecFiles = ImageSpecFiles(versions, Path.GetDirectoryName(Path.GetFullPath(path))!),
        };
    }

    /// <summary>Each module's <c>image_spec</c> parameter (the same for every version that includes the module), read from the copy beside the data.</summary>
    private static Dictionary<string, ScsImageSpecFile> ImageSpecFiles(YamlMappingNode versions, string folder)
    {
        var files = new Dictionary<string, ScsImageSpecFile>(StringComparer.Ordinal);
        var includes = versions.Children.Values.OfType<YamlMappingNode>()
            .SelectMany(v => v.Children.TryGetValue(new YamlScalarNode("image_modules"), out var list) && list is YamlSequenceNode s ? s.Children.OfType<YamlMappingNode>() : []);
        foreach (var include in includes)
        {
            if (include.Children.TryGetValue(new YamlScalarNode("parameters"), out var p) && p is YamlMappingNode parameters
                && parameters.Children.TryGetValue(new YamlScalarNode("image_spec"), out var url) && Scalar(url) is { Length: > 0 } spec
                && include.Children.TryGetValue(new YamlScalarNode("module"), out var module) && !files.ContainsKey(Scalar(module))
                && ScsImageSpecFile.ReadBeside(folder, spec) is { } file)
            {
                files[Scalar(module)] = file;
            }
        }
        return files;
    }

    private static ScsImageSpec Spec(string key, YamlMappingNode spec)
    {
        var scheme = spec.Children.TryGetValue(new YamlScalarNode("name_scheme"), out var s) ? Scalar(s) : null;
        var sources = spec.Children.TryGetValue(new YamlScalarNode("source"), out var p) ? Strings(p) : [];
        return new ScsImageSpec(key, scheme is null ? key : null, scheme, sources);
    }

    private static List<string> Strings(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(Scalar).ToList(),
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        _ => [],
    };

    private static YamlMappingNode Map(YamlMappingNode node, string key, string path) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map ? map : throw Invalid(path, key, "is missing or not a mapping");

    private static string Text(YamlMappingNode node, string key, string path) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text : throw Invalid(path, key, "is missing or not text");

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    private static InvalidDataException Invalid(string path, string at, string problem) => new($"{path}: {at} {problem}");
}
