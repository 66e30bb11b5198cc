using System.Diagnostics;
using Conformance.Runner.Configuration.Clouds;

namespace Conformance.Runner.Tests.Support;

/// <summary>The reference cloud with Keystone (scripts/reference-cloud): its clouds.yaml, its secrets and its cap.</summary>
public static class ReferenceCloud
{
    public const string CloudsYamlVariable = "REFERENCE_CLOUD_CLOUDS_YAML";

    /// <summary>The clouds.yaml the script wrote: from scripts/test's variable, else the default state folder; or an Ignore.</summary>
    public static string CloudsYaml()
    {
        var path = Environment.GetEnvironmentVariable(CloudsYamlVariable)
            ?? Path.Combine(RepositoryPaths.Root, ".state", "reference-cloud", "clouds.yaml");
        if (!File.Exists(path))
        {
            Assert.Ignore($"no reference cloud: run scripts/test, or scripts/reference-cloud up and set {CloudsYamlVariable} (looked at {path})");
        }
        return path;
    }

    public static CloudsFile Clouds()
    {
        var path = CloudsYaml();
        return new CloudsYamlLoader(name => name == "OS_CLIENT_CONFIG_FILE" ? path : null, "/nonexistent", "/nonexistent").Load();
    }

    public static CloudConfig Cloud(string name) => Clouds().Get(name);

    /// <summary>Keystone's HTTPS URL (member-a-tls), whose certificate only the reference CA signs.</summary>
    public static string TlsAuthUrl => Cloud("member-a-tls").Auth["auth_url"];

    public static string CaCert() => Cloud("member-a-tls").CaCert!;

    /// <summary>The runner's environment that points it at this clouds.yaml.</summary>
    public static IReadOnlyDictionary<string, string> RunnerEnvironment(string? cloudsYaml = null) =>
        new Dictionary<string, string> { ["OS_CLIENT_CONFIG_FILE"] = cloudsYaml ?? CloudsYaml() };

    /// <summary>Every password of the cloud (secrets.env beside clouds.yaml): none may appear in any output.</summary>
    public static IReadOnlyList<string> Passwords() =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(CloudsYaml())!, "secrets.env"))
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[1].Length > 0).Select(p => p[1]).ToList();

    /// <summary>A clouds.yaml with one cloud 'probe': member-a's entry with <paramref name="change"/> applied to its lines.</summary>
    public static string WriteProbe(string folder, Func<Dictionary<string, string>, Dictionary<string, string>> change)
    {
        var memberA = Cloud("member-a");
        var fields = new Dictionary<string, string>(memberA.Auth) { ["region_name"] = memberA.RegionName ?? "RegionOne" };
        fields = change(fields);
        var auth = fields.Where(f => f.Key != "region_name").Select(f => $"      {f.Key}: '{f.Value}'");
        var path = Path.Combine(folder, "clouds.yaml");
        File.WriteAllLines(path, ["clouds:", "  probe:", "    auth:", .. auth, $"    region_name: '{fields["region_name"]}'"]);
        return path;
    }

    public static async Task<string> ImageSizeCapAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "reference-cloud"), ["image-size-cap"])
        {
            RedirectStandardOutput = true,
        };
        using var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/reference-cloud did not start");
        var cap = (await script.StandardOutput.ReadToEndAsync()).Trim();
        await script.WaitForExitAsync();
        return script.ExitCode == 0 && cap.Length > 0 ? cap
            : throw new InvalidOperationException($"scripts/reference-cloud image-size-cap exited {script.ExitCode}: '{cap}'");
    }
}
