using System.Text.Json.Nodes;

namespace Conformance.ImagesApi.Schemas;

/// <summary>
/// How a cloud's published schema differs from the pinned one, in words, for the report: information about the
/// operator's choices, never a failure (the core schema judges what the API fixes).
/// </summary>
public static class SchemaDifferences
{
    public static IReadOnlyList<string> Between(string name, JsonNode pinned, JsonNode cloud)
    {
        var before = pinned["properties"] as JsonObject ?? [];
        var after = cloud["properties"] as JsonObject ?? [];
        var differences = new List<string>();
        var added = after.Select(p => p.Key).Except(before.Select(p => p.Key)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Select(p => p.Key).Except(after.Select(p => p.Key)).Order(StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            differences.Add($"{name}: properties added: {string.Join(", ", added)}");
        }
        if (removed.Count > 0)
        {
            differences.Add($"{name}: properties not published: {string.Join(", ", removed)}");
        }
        foreach (var (property, schema) in before.Where(p => after.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pinnedEnum = Enum(schema);
            var cloudEnum = Enum(after[property]);
            if (!pinnedEnum.SetEquals(cloudEnum))
            {
                differences.Add($"{name}: {property} allows {Listed(cloudEnum)} (pinned: {Listed(pinnedEnum)})");
            }
        }
        var required = Names(cloud["required"]).Except(Names(pinned["required"])).ToList();
        if (required.Count > 0)
        {
            differences.Add($"{name}: also requires {string.Join(", ", required)}");
        }
        return differences;
    }

    private static IEnumerable<string> Names(JsonNode? array) =>
        (array as JsonArray ?? []).Select(v => v?.ToString()).OfType<string>().Order(StringComparer.Ordinal);

    private static HashSet<string> Enum(JsonNode? schema) =>
        (schema?["enum"] as JsonArray ?? []).Select(v => v?.ToString() ?? "null").ToHashSet(StringComparer.Ordinal);

    private static string Listed(HashSet<string> values) => values.Count == 0 ? "any value" : string.Join(", ", values.Order(StringComparer.Ordinal));
}
