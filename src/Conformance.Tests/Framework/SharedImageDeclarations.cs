using System.Collections.Concurrent;
using System.Reflection;

namespace Conformance.Tests.Framework;

/// <summary>The kinds a test method names in <see cref="ReadsSharedImagesAttribute"/> (its own and its fixture's), resolved to the kinds themselves.</summary>
public static class SharedImageDeclarations
{
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyList<ISharedImageKind>> ByTest = new();

    /// <exception cref="InvalidOperationException">A name that is no static shared image kind of the fixture, of <see cref="SharedImageKinds"/> or of <see cref="RefusalTargets"/>.</exception>
    public static IReadOnlyList<ISharedImageKind> Of(MethodInfo test) => ByTest.GetOrAdd(test, Resolve);

    private static IReadOnlyList<ISharedImageKind> Resolve(MethodInfo test)
    {
        var fixture = test.DeclaringType ?? throw new InvalidOperationException($"{test.Name} has no declaring type");
        var names = new[] { test.GetCustomAttribute<ReadsSharedImagesAttribute>(), fixture.GetCustomAttribute<ReadsSharedImagesAttribute>() }
            .SelectMany(a => a?.Kinds ?? []).Distinct(StringComparer.Ordinal);
        return names.Select(name => Find(fixture, name) ?? Find(typeof(SharedImageKinds), name) ?? Find(typeof(RefusalTargets), name)
            ?? throw new InvalidOperationException(
                $"{fixture.Name}.{test.Name} names the shared image kind '{name}', which is no static shared image kind of {fixture.Name}, of {nameof(SharedImageKinds)} or of {nameof(RefusalTargets)}"))
            .ToList();
    }

    private static ISharedImageKind? Find(Type owner, string name)
    {
        const BindingFlags anyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        return (owner.GetField(name, anyStatic)?.GetValue(null) ?? owner.GetProperty(name, anyStatic)?.GetValue(null)) as ISharedImageKind;
    }
}
