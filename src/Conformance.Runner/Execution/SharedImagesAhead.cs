using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Execution;

/// <summary>
/// The shared image kinds a run's selected tests name (<see cref="ReadsSharedImagesAttribute"/>), to make when the
/// run starts: making them costs the cloud the same either way, but ahead of the tests it overlaps the first tests
/// instead of holding up each first reader in turn. A test the cloud's API version rules out names none.
/// </summary>
public static class SharedImagesAhead
{
    public static IReadOnlyList<ISharedImageKind> Of(ITest loaded, ITestFilter filter, DiscoveredFeatures features)
    {
        var kinds = new List<ISharedImageKind>();
        Collect(loaded, filter, features, kinds);
        return kinds.Distinct().ToList();
    }

    private static void Collect(ITest test, ITestFilter filter, DiscoveredFeatures features, List<ISharedImageKind> into)
    {
        if (!test.IsSuite)
        {
            if (filter.Pass(test) && test.Method?.MethodInfo is { } method && TestDescriptor.Of(test).MinApiVersion is var minimum
                && (minimum is null || features.Reaches(minimum)))
            {
                into.AddRange(SharedImageDeclarations.Of(method));
            }
            return;
        }
        foreach (var child in test.Tests)
        {
            Collect(child, filter, features, into);
        }
    }
}
