namespace Conformance.Runner.Configuration;

/// <summary>Where the project's own folders are, found from the program's location rather than the caller's.</summary>
public static class RepositoryLayout
{
    public static string? Root { get; } = FindRoot();

    public static string DefaultSchemasDirectory => Path.Combine(Root ?? Directory.GetCurrentDirectory(), "schemas");

    public static string DefaultReportsDirectory => Path.Combine(Root ?? Directory.GetCurrentDirectory(), "reports");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
