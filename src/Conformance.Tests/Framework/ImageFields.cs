namespace Conformance.Tests.Framework;

/// <summary>Typed reads of image fields that tolerate a missing field, so that the assertion reports it.</summary>
public static class ImageFields
{
    public static string? Text(this JsonObject image, string field) =>
        image[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static long? Size(this JsonObject image) =>
        image["size"] is JsonValue value && value.TryGetValue<long>(out var size) ? size : null;

    public static IReadOnlyList<string> Tags(this JsonObject image) =>
        image["tags"] is JsonArray tags ? tags.OfType<JsonValue>().Select(t => t.ToString()).ToList() : [];
}
