using System.Diagnostics;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A Glance of the test's own (scripts/reference-glance, its own state) whose web-download admits only
/// <see cref="SourceHost"/>:<see cref="SourcePort"/>: the suite's own source on 127.0.0.1 is refused there, so an
/// import that works came from a server the cloud was told to reach. Ports from the environment (defaults 19597 and 18090).
/// </summary>
public static class WebDownloadGlance
{
    public const string SourceHost = "127.0.0.2";

    public static int SourcePort => int.Parse(Environment.GetEnvironmentVariable("WEB_DOWNLOAD_SOURCE_PORT") ?? "18090",
        System.Globalization.CultureInfo.InvariantCulture);

    public static string Port => Environment.GetEnvironmentVariable("WEB_DOWNLOAD_GLANCE_PORT") ?? "19597";

    private static string StateDirectory => Path.Combine(RepositoryPaths.Root, ".state", $"web-download-glance-{Port}");

    public static async Task<string> UpAsync()
    {
        RunnerProcess.ReferenceEndpoint();
        Directory.CreateDirectory(StateDirectory);
        var extra = Path.Combine(StateDirectory, "..", $"web-download-glance-{Port}.conf");
        // A later section of the same name overrides the generated one (oslo.config: the last value wins).
        await File.WriteAllTextAsync(extra, $"\n[import_filtering_opts]\nallowed_hosts = [{SourceHost}]\nallowed_ports = [{SourcePort}]\n");
        var (code, output) = await ScriptAsync("up", extra);
        return code == 0 ? $"http://127.0.0.1:{Port}/"
            : throw new InvalidOperationException($"scripts/reference-glance up (port {Port}, state {StateDirectory}) exited {code}: {output}");
    }

    public static async Task DownAsync() => await ScriptAsync("down", null);

    private static async Task<(int Code, string Output)> ScriptAsync(string command, string? extraConf)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "reference-glance"), [command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REFERENCE_GLANCE_PORT"] = Port;
        start.Environment["REFERENCE_GLANCE_STATE"] = StateDirectory;
        if (extraConf is not null)
        {
            start.Environment["REFERENCE_GLANCE_EXTRA_CONF"] = Path.GetFullPath(extraConf);
        }
        using var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/reference-glance did not start");
        var stdout = script.StandardOutput.ReadToEndAsync();
        var stderr = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        return (script.ExitCode, (await stdout + await stderr).Trim());
    }
}
