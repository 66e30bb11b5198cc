using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Conformance.Runner.Configuration.Clouds;

/// <summary>
/// Reads clouds.yaml as openstacksdk does: the first of <c>$OS_CLIENT_CONFIG_FILE</c>, <c>./clouds.yaml</c>,
/// <c>~/.config/openstack/clouds.yaml</c> (or under <c>$XDG_CONFIG_HOME</c>) and <c>/etc/openstack/clouds.yaml</c>
/// (each also as .yml and .json); secure.yaml, found the same way (<c>$OS_CLIENT_SECURE_FILE</c>), merged over it;
/// and the OS_* variables as the cloud <c>envvars</c>.
/// </summary>
public sealed partial class CloudsYamlLoader(Func<string, string?> environment, string currentDirectory, string homeDirectory)
{
    public const string EnvironmentCloudName = "envvars";

    private static readonly string[] Extensions = ["yaml", "yml", "json"];

    public static CloudsYamlLoader ForProcess() => new(Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public CloudsFile Load()
    {
        var searched = Candidates("clouds", "OS_CLIENT_CONFIG_FILE").ToList();
        var cloudsPath = searched.FirstOrDefault(File.Exists);
        var securePath = Candidates("secure", "OS_CLIENT_SECURE_FILE").FirstOrDefault(File.Exists);
        var clouds = new Dictionary<string, CloudConfig>(StringComparer.Ordinal);
        if (cloudsPath is not null)
        {
            var tree = CloudsOf(Parse(cloudsPath), cloudsPath);
            if (securePath is not null)
            {
                Merge(tree, CloudsOf(Parse(securePath), securePath));
            }
            foreach (var (name, value) in tree)
            {
                var source = securePath is null ? cloudsPath : $"{cloudsPath} (with {securePath})";
                clouds[name] = FromTree(name, source, value as Dictionary<string, object?> ?? []);
            }
        }
        if (OsEnvironmentCloud.From(environment) is { } fromEnvironment)
        {
            clouds.TryAdd(EnvironmentCloudName, fromEnvironment);
        }
        return new CloudsFile(cloudsPath, securePath, clouds, searched);
    }

    private IEnumerable<string> Candidates(string stem, string variable)
    {
        if (environment(variable) is { Length: > 0 } explicitFile)
        {
            yield return Path.GetFullPath(explicitFile, currentDirectory);
        }
        var configHome = environment("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(homeDirectory, ".config");
        foreach (var folder in new[] { currentDirectory, Path.Combine(configHome, "openstack"), "/etc/openstack" })
        {
            foreach (var extension in Extensions)
            {
                yield return Path.Combine(folder, $"{stem}.{extension}");
            }
        }
    }

    /// <summary>A clouds.yaml is a few kilobytes; these bounds keep a broken or hostile one from holding the runner.</summary>
    private const long MaxFileBytes = 1024 * 1024;
    private const int MaxDepth = 64;
    private const int MaxValues = 100_000;

    private static Dictionary<string, object?> Parse(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes)
        {
            throw new UsageException($"{path} is {size} bytes, more than a clouds file can need ({MaxFileBytes}): check that it is the right file");
        }
        object? document;
        try
        {
            CheckDepth(path);
            using var reader = new StreamReader(path);
            document = new DeserializerBuilder().Build().Deserialize<object?>(reader);
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path} line {e.Start.Line}, column {e.Start.Column} does not parse: {Problem(e)}: fix the YAML there");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, not a YamlException, on some malformed plain scalars (found by fuzzing).
            throw new UsageException($"{path} does not parse as YAML ({e.Message}): fix the YAML");
        }
        var budget = MaxValues;
        return Normalise(document, path, ref budget) as Dictionary<string, object?>
            ?? throw new UsageException($"{path} is not a mapping with a 'clouds' key: see the README for its form");
    }

    /// <summary>
    /// The next event; false at the end, and also where YamlDotNet's scanner fails with an InvalidOperationException
    /// (an unclosed flow at the end of the file, say): the deserialiser then fails at the same place, no deeper than
    /// what was checked, and says where.
    /// </summary>
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Walks the events (no recursion) so that a file nested thousands deep is refused before it is deserialised.</summary>
    private static void CheckDepth(string path)
    {
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        var depth = 0;
        while (MoveNext(parser))
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                throw new UsageException($"{path} line {parser.Current.Start.Line}: nested more than {MaxDepth} deep: a clouds file is a few levels of mappings; fix the YAML there");
            }
            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }

    private static Dictionary<string, object?> CloudsOf(Dictionary<string, object?> document, string path) =>
        document.TryGetValue("clouds", out var clouds) && clouds is Dictionary<string, object?> map ? map
        : document.ContainsKey("clouds") ? throw new UsageException($"{path}: 'clouds' is not a mapping of cloud names: see the README for its form")
        : [];

    private static CloudConfig FromTree(string name, string source, Dictionary<string, object?> tree)
    {
        string? Text(string key) => tree.TryGetValue(key, out var v) && v is string s && s.Length > 0 ? s : null;
        var auth = (tree.TryGetValue("auth", out var a) ? a as Dictionary<string, object?> : null) ?? [];
        return new CloudConfig
        {
            Name = name,
            Source = source,
            Auth = auth.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.Ordinal),
            AuthType = Text("auth_type"),
            RegionName = Text("region_name"),
            Interface = Text("image_interface") ?? Text("interface") ?? Text("endpoint_type"),
            CaCert = Text("cacert"),
            Cert = Text("cert"),
            Key = Text("key"),
            Verify = Text("verify") is not { } verify || !IsFalse(verify),
            ImageEndpointOverride = Text("image_endpoint_override"),
        };
    }

    private static bool IsFalse(string value) => value.ToLowerInvariant() is "false" or "no" or "off" or "0";

    /// <summary>secure.yaml over clouds.yaml: mappings merge key by key, anything else is replaced.</summary>
    private static void Merge(Dictionary<string, object?> target, Dictionary<string, object?> overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (value is Dictionary<string, object?> inner && target.TryGetValue(key, out var existing) && existing is Dictionary<string, object?> into)
            {
                Merge(into, inner);
            }
            else
            {
                target[key] = value;
            }
        }
    }

    /// <summary>YamlDotNet's untyped graph as string-keyed mappings, lists and strings (scalars stay as written).</summary>
    /// <remarks>Aliases are expanded here, so <paramref name="budget"/> bounds the values: nine aliases of nine aliases would be billions.</remarks>
    private static object? Normalise(object? node, string path, ref int budget)
    {
        if (--budget < 0)
        {
            throw new UsageException($"{path} expands to more than {MaxValues} values (aliases of aliases?): a clouds file is a few dozen; fix the YAML");
        }
        switch (node)
        {
            case IDictionary<object, object?> map:
                var normalised = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map)
                {
                    normalised[key.ToString() ?? string.Empty] = Normalise(value, path, ref budget);
                }
                return normalised;
            case IList<object?> list:
                var items = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    items.Add(Normalise(item, path, ref budget));
                }
                return items;
            case null:
                return null;
            default:
                return node.ToString();
        }
    }

    private static string Problem(YamlException e)
    {
        var message = LocationPrefix().Replace(e.InnerException?.Message ?? e.Message, string.Empty).Trim().TrimEnd('.');
        return message.Length == 0 ? "invalid YAML" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
