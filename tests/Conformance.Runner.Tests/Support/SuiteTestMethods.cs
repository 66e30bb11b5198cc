using System.Reflection;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Tests.Support;

/// <summary>The suite's conformance tests as methods, for tests that check what the suite's tests declare.</summary>
public static class SuiteTestMethods
{
    public static IReadOnlyList<MethodInfo> All { get; } = [.. typeof(ConformanceTestBase).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttribute<ConformanceTestAttribute>() is not null)];
}
