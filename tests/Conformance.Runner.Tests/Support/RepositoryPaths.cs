using Conformance.Runner.Configuration;

namespace Conformance.Runner.Tests.Support;

/// <summary>The repository's folders and the read-only shared material beside it.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryLayout.Root ?? throw new InvalidOperationException("tests run outside the repository");

    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The official interop guideline files beside the repository, or an Ignore that says why the test cannot run without them.</summary>
    public static string SharedInterop()
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "interop"));
        if (!Directory.Exists(path))
        {
            Assert.Ignore($"../shared/interop is absent (looked at {path}): this test reads the official guideline files there and ships no copy");
        }
        return path;
    }

    /// <summary>The shared reference folder, or an Ignore that says why the test cannot run without it.</summary>
    public static string SharedReference()
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));
        if (!Directory.Exists(path))
        {
            Assert.Ignore($"../shared/reference is absent (looked at {path}): this test reads the official reference data there and ships no copy");
        }
        return path;
    }
}
