using Conformance.Runner.Configuration;

namespace Conformance.Runner.Certification;

/// <summary>The short names of <c>--target</c> and the platform programs of an interop guideline they stand for.</summary>
public static class ProgramTargets
{
    public const string Default = "platform";

    public static IReadOnlyDictionary<string, string> Programs { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["platform"] = "OpenStack Powered Platform",
        ["compute"] = "OpenStack Powered Compute",
        ["object"] = "OpenStack Powered Storage",
    };

    /// <summary>The platform program <paramref name="target"/> names in <paramref name="guideline"/> (a short name, or the program's own name).</summary>
    /// <exception cref="UsageException">The guideline has no such program.</exception>
    public static GuidelineProgram Resolve(Guideline guideline, string target)
    {
        var name = Programs.TryGetValue(target, out var full) ? full : target;
        var program = guideline.Platforms.Values.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return program ?? throw new UsageException(
            $"--target {target}: guideline {guideline.Id} has no program '{name}'; it has {Known(guideline.Platforms.Keys)} (short names: {string.Join(", ", Programs.Keys)})");
    }

    internal static string Known(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).Select(n => $"'{n}'").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
