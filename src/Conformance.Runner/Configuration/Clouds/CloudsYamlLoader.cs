using System.Text.RegularExpressions;
using YamlDotNet.Core;
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

    private static Dictionary<string, object?> Parse(string path)
    {
        object? document;
        try
        {
            using var reader = new StreamReader(path);
            document = new DeserializerBuilder().Build().Deserialize<object?>(reader);
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path} line {e.Start.Line}, column {e.Start.Column} does not parse: {Problem(e)}: fix the YAML there");
        }
        return Normalise(document) as Dictionary<string, object?>
            ?? throw new UsageException($"{path} is not a mapping with a 'clouds' key: see the README for its form");
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
    private static object? Normalise(object? node) => node switch
    {
        IDictionary<object, object?> map => map.ToDictionary(kv => kv.Key.ToString() ?? string.Empty, kv => Normalise(kv.Value), StringComparer.Ordinal),
        IList<object?> list => list.Select(Normalise).ToList(),
        null => null,
        _ => node.ToString(),
    };

    private static string Problem(YamlException e)
    {
        var message = LocationPrefix().Replace(e.InnerException?.Message ?? e.Message, string.Empty).Trim().TrimEnd('.');
        return message.Length == 0 ? "invalid YAML" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
