namespace Conformance.Tests.Framework;

/// <summary>What tests of the cache API share: reading the cache state.</summary>
public static class ImageCaches
{
    /// <summary>The image ids in the 'cached_images' list (objects with 'image_id') of a cache status.</summary>
    public static List<string> CachedIds(JsonObject state) =>
        (state["cached_images"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(i => i["image_id"]?.ToString()).OfType<string>().ToList();

    /// <summary>The image ids in the 'queued_images' list (strings) of a cache status.</summary>
    public static List<string> QueuedIds(JsonObject state) =>
        (state["queued_images"] as JsonArray ?? []).OfType<JsonValue>().Select(i => i.ToString()).ToList();
}
