using System.Text.Json.Nodes;
using Conformance.ImagesApi.Session;
using NUnit.Framework;

namespace Conformance.Tests.Framework;

/// <summary>What tests of the cache API share: skipping where it is not offered, and reading the cache state.</summary>
public static class ImageCaches
{
    /// <summary>The API version that brought the cache API; a cloud lists it only when its image cache is on.</summary>
    public const string CacheApiVersion = "v2.14";

    /// <summary>Skips the test with "not offered" and the versions discovered, unless the cloud lists API 2.14.</summary>
    public static void SkipUnlessOffered(ConformanceSession session)
    {
        var versions = session.Features?.ApiVersions ?? [];
        if (!versions.Contains(CacheApiVersion))
        {
            Assert.Ignore($"not offered: the cache API (API {CacheApiVersion[1..]}, listed only when the image cache is on; discovered: {string.Join(", ", versions)})");
        }
    }

    /// <summary>The image ids in the 'cached_images' list (objects with 'image_id') of a cache status.</summary>
    public static List<string> CachedIds(JsonObject state) =>
        (state["cached_images"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(i => i["image_id"]?.ToString()).OfType<string>().ToList();

    /// <summary>The image ids in the 'queued_images' list (strings) of a cache status.</summary>
    public static List<string> QueuedIds(JsonObject state) =>
        (state["queued_images"] as JsonArray ?? []).OfType<JsonValue>().Select(i => i.ToString()).ToList();
}
