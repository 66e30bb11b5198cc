using System.Text.Json.Nodes;

namespace Conformance.ImagesApi.Schemas;

/// <summary>
/// The part of a published schema that the API fixes, whatever the operator configured: the pinned schema without
/// what Glance lets an operator change. For an image that is the allowed <c>disk_format</c> and
/// <c>container_format</c> values (its <c>disk_formats</c>/<c>container_formats</c> options), the properties its own
/// <c>schema-image.json</c> adds (Glance marks them <c>"is_base": false</c>), and which of them it requires.
/// </summary>
public static class CoreSchema
{
    private static readonly string[] OperatorEnums = ["disk_format", "container_format"];

    /// <summary>A copy of <paramref name="published"/> with every image schema in it (a list's items too) reduced to its core.</summary>
    public static JsonNode Of(JsonNode published)
    {
        var core = published.DeepClone();
        Reduce(core);
        return core;
    }

    private static void Reduce(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["properties"] is JsonObject properties && OperatorEnums.All(properties.ContainsKey))
                {
                    foreach (var name in OperatorEnums)
                    {
                        (properties[name] as JsonObject)?.Remove("enum");
                    }
                    foreach (var extension in properties.Where(p => p.Value?["is_base"] is JsonValue b && b.TryGetValue<bool>(out var isBase) && !isBase)
                                 .Select(p => p.Key).ToList())
                    {
                        properties.Remove(extension);
                    }
                    schema.Remove("required");
                }
                foreach (var (_, child) in schema.ToList())
                {
                    Reduce(child);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Reduce(item);
                }
                break;
        }
    }
}
