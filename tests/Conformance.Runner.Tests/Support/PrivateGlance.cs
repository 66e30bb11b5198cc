using System.Diagnostics;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A Glance of the test's own (scripts/reference-glance on another port, with its own state folder), for tests
/// that stop it or fill it: the shared reference is never touched. Port from <see cref="PortVariable"/>, default 19595.
/// </summary>
public static class PrivateGlance
{
    public const string PortVariable = "PRIVATE_GLANCE_PORT";

    public static string Port => Environment.GetEnvironmentVariable(PortVariable) ?? "19595";

    public static string StateDirectory => Path.Combine(RepositoryPaths.Root, ".state", $"private-glance-{Port}");

    /// <summary>Starts it (or finds it up) and returns its endpoint; an Ignore where the reference Glance is not set up either.</summary>
    public static async Task<string> UpAsync()
    {
        RunnerProcess.ReferenceEndpoint();
        var (code, output) = await ScriptAsync("up");
        return code == 0 ? $"http://127.0.0.1:{Port}/"
            : throw new InvalidOperationException($"scripts/reference-glance up (port {Port}, state {StateDirectory}) exited {code}: {output}");
    }

    public static async Task DownAsync()
    {
        var (code, output) = await ScriptAsync("down");
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/reference-glance down (port {Port}) exited {code}: {output}");
        }
    }

    private static async Task<(int Code, string Output)> ScriptAsync(string command)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "reference-glance"), [command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REFERENCE_GLANCE_PORT"] = Port;
        start.Environment["REFERENCE_GLANCE_STATE"] = StateDirectory;
        using var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/reference-glance did not start");
        var stdout = script.StandardOutput.ReadToEndAsync();
        var stderr = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        return (script.ExitCode, (await stdout + await stderr).Trim());
    }
}
