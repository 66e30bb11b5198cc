namespace Conformance.Runner.Reporting.Allure;

/// <summary>Where the pinned Allure 3 CLI lives: <c>tools/allure</c> of the repository, found by walking up.</summary>
public static class AllureToolsDirectory
{
    public const string RelativePath = "tools/allure";

    /// <summary>The tools of the repository the runner runs from (or of the current directory's), or null.</summary>
    public static string? OfRepository() => Find(Configuration.RepositoryLayout.Root ?? Directory.GetCurrentDirectory());

    /// <summary>The first <c>tools/allure</c> holding a <c>package.json</c> at or above the start directory, or null.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tools", "allure");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The CLI's launcher that <c>npm ci</c> puts under <c>node_modules/.bin</c>.</summary>
    public static string CliPath(string toolsDirectory) =>
        Path.Combine(toolsDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "allure.cmd" : "allure");
}
