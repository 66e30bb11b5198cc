using System.ComponentModel;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The Node process that renders the HTML report (<c>tools/allure/render.mjs</c>, on the pinned Allure modules).
/// Loading those modules is most of a render's time, so a run starts one ahead (<see cref="StartAhead"/>), while its
/// tests run, and the renderer takes that one when the results are written; without one ready it starts its own.
/// The one started ahead also renders a throwaway report while it waits, so the real render finds its code warm.
/// </summary>
public static class AllureRenderProcess
{
    public const string ScriptName = "render.mjs";

    /// <summary>Asks the script to render a throwaway report first: worth it only in a process that waits for its request.</summary>
    private const string WarmFlag = "--warm";

    private static readonly Lock Gate = new();
    private static (ChildProcess Process, string ToolsDirectory)? _ahead;

    /// <summary>Starts a render process for a report to come; nothing when the tools are not installed or Node cannot start (the render says why later).</summary>
    public static void StartAhead(string? toolsDirectory)
    {
        if (toolsDirectory is null || !IsInstalled(toolsDirectory))
        {
            return;
        }
        lock (Gate)
        {
            if (_ahead is not null)
            {
                return;
            }
            try
            {
                _ahead = (Start(toolsDirectory, WarmFlag), toolsDirectory);
            }
            catch (Win32Exception)
            {
                // No Node: the render will start its own and report that.
            }
        }
    }

    public static bool IsInstalled(string toolsDirectory) =>
        File.Exists(AllureToolsDirectory.CliPath(toolsDirectory)) && File.Exists(Path.Combine(toolsDirectory, ScriptName));

    /// <summary>The process started ahead for <paramref name="toolsDirectory"/> if it is still waiting, else a new one.</summary>
    /// <exception cref="Win32Exception">Node could not be started.</exception>
    internal static ChildProcess Take(string toolsDirectory)
    {
        lock (Gate)
        {
            var ahead = _ahead;
            _ahead = null;
            if (ahead is { } ready && ready.ToolsDirectory == toolsDirectory && !ready.Process.HasExited)
            {
                return ready.Process;
            }
            ahead?.Process.Dispose();
        }
        return Start(toolsDirectory);
    }

    /// <summary>What the script reads: the <c>allurerc.json</c> to render with and the results to render.</summary>
    internal static string Request(string configPath, string resultsDirectory) =>
        new System.Text.Json.Nodes.JsonObject { ["config"] = configPath, ["results"] = resultsDirectory }.ToJsonString();

    private static ChildProcess Start(string toolsDirectory, params string[] flags) => ChildProcess.Start(
        "node", [Path.Combine(toolsDirectory, ScriptName), .. flags], toolsDirectory,
        new Dictionary<string, string> { ["ALLURE_NO_ANALYTICS"] = "true", ["NO_COLOR"] = "1" });
}
