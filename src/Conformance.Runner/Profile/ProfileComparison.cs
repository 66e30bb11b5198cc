using System.Text.Json.Nodes;

namespace Conformance.Runner.Profile;

/// <summary>Figures of two profiles compared by name: those that moved by more than a threshold, and which of them got slower.</summary>
public static class ProfileComparison
{
    public static IReadOnlyList<FigureChange> Moved(JsonObject before, JsonObject after, double thresholdPercent)
    {
        var earlier = ProfileJson.ReadFigures(before).ToDictionary(f => f.Name, StringComparer.Ordinal);
        return ProfileJson.ReadFigures(after)
            .Where(f => earlier.TryGetValue(f.Name, out var a) && a.Median > 0 && f.Median > 0)
            .Select(f => Change(earlier[f.Name], f))
            .Where(c => Math.Abs(c.ChangePercent) > thresholdPercent)
            .OrderByDescending(c => c.SlowerPercent).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The figures in one profile only, by name: they cannot be compared.</summary>
    public static IReadOnlyList<string> Unmatched(JsonObject before, JsonObject after)
    {
        var a = ProfileJson.ReadFigures(before).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var b = ProfileJson.ReadFigures(after).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return a.Except(b).Concat(b.Except(a)).Order(StringComparer.Ordinal).ToList();
    }

    private static FigureChange Change(WrittenFigure a, WrittenFigure b)
    {
        var change = (b.Median - a.Median) / a.Median * 100;
        // Slower means less per second, or more seconds: both as "how much more time the same work takes".
        var slower = a.Better == Better.Higher ? a.Median / b.Median - 1 : b.Median / a.Median - 1;
        return new FigureChange(b.Name, b.Unit, a.Median, b.Median, change, Math.Max(0, slower * 100));
    }

    /// <summary>The profile section of a results.json, or null when it has none.</summary>
    public static JsonObject? SectionOf(JsonObject results) => results[ProfileJson.Section] as JsonObject;
}
