using System.Diagnostics;
using System.Text;

namespace Conformance.Runner.Tests.Support;

/// <summary>scripts/matrix, run as a user would: the members of the matrix of real deployments, brought up on demand.</summary>
public static class MatrixScript
{
    /// <summary>Which members the project's tests run: a comma-separated list of names, or <c>all</c>; unset, none.</summary>
    public const string MembersVariable = "CONFORMANCE_MATRIX_MEMBERS";

    /// <summary>Every member's name, as <c>scripts/matrix list</c> prints them (the first word of each line).</summary>
    public static IReadOnlyList<string> Names() =>
        Run("list").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', 2)[0]).ToList();

    /// <summary>Whether <see cref="MembersVariable"/> selects the member.</summary>
    public static bool Selected(string name)
    {
        var selection = Environment.GetEnvironmentVariable(MembersVariable) ?? string.Empty;
        var names = selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Contains("all", StringComparer.Ordinal) || names.Contains(name, StringComparer.Ordinal);
    }

    /// <summary>Runs <c>scripts/matrix ARGUMENTS</c> and returns its standard output; throws with both outputs when it fails.</summary>
    public static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "matrix"), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var script = new Process { StartInfo = start };
        var stderr = new StringBuilder();
        script.ErrorDataReceived += (_, line) => stderr.AppendLine(line.Data);   // read beside stdout: a full pipe would block the script
        script.Start();
        script.BeginErrorReadLine();
        var stdout = script.StandardOutput.ReadToEnd();
        script.WaitForExit();
        return script.ExitCode == 0 ? stdout.Trim()
            : throw new InvalidOperationException($"scripts/matrix {string.Join(' ', arguments)} exited {script.ExitCode}: {stdout}{stderr}");
    }
}
