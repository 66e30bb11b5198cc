using System.Diagnostics;
using System.Reflection;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Execution;

/// <summary>The suite's version and the commit it was built from, for reports.</summary>
public static class SuiteVersion
{
    public static string Describe()
    {
        var version = typeof(SuiteVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return $"{version.Split('+')[0]} ({Commit() ?? "commit unknown"})";
    }

    private static string? Commit()
    {
        if (RepositoryLayout.Root is null)
        {
            return null;
        }
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryLayout.Root, "rev-parse", "--short", "HEAD"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            });
            if (git is null)
            {
                return null;
            }
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
