namespace Conformance.ImagesApi.Tests.Support;

/// <summary>The repository's pinned schemas folder, found from the test assembly's location.</summary>
internal static class PinnedSchemas
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return Path.Combine(dir.FullName, "schemas");
            }
        }
        throw new InvalidOperationException("tests run outside the repository");
    }
}
