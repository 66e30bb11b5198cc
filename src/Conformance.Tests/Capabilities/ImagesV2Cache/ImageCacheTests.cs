using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Tests.Capabilities.ImagesV2Cache;

/// <summary>
/// The cache API as an admin. Each test queues or removes only images it created, and never clears the
/// whole cache: that would take away images other users cached.
/// </summary>
[Capability(CapabilityNames.ImagesV2Cache)]
[MinApiVersion("2.14")]
[Persona(Persona.Admin)]
public sealed class ImageCacheTests : ConformanceTestBase
{
    private static readonly TimeSpan CachingDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private CacheClient Cache => new(Session.TransportFor(Persona.Admin, TestContext.CurrentContext.Test.ID));

    [ConformanceTest("The cache status MUST answer 200 with a 'cached_images' list and a 'queued_images' list.",
        Operation = "GET /v2/cache")]
    public async Task ListCache_Admin_Answers200WithBothLists()
    {
        Require.Cache();

        var response = await Cache.ListCacheAsync(Cancellation);

        response.ShouldHaveStatus(200, "an admin MUST be shown the cache status");
        response.JsonObject["cached_images"].Should().BeOfType<JsonArray>("the cache status MUST list the cached images ({0})", response.Text);
        response.JsonObject["queued_images"].Should().BeOfType<JsonArray>("the cache status MUST list the images queued for caching ({0})", response.Text);
    }

    [ConformanceTest("Queueing an active image for caching MUST answer 202, and the cache status MUST then list it as queued or cached.",
        Operation = "PUT /v2/cache/{image_id}")]
    public async Task QueueImage_ActiveImage_Answers202AndListed()
    {
        Require.Cache();
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(TestImages.RandomSize(256, 2_048)), Cancellation);
        Cleanup.Push($"cache entry {image.Id}", ct => Cache.DeleteCachedImageAsync(image.Id, ct));

        var response = await Cache.QueueImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(202, "caching happens after the answer: queueing MUST be accepted with 202");
        var state = (await Cache.ListCacheAsync(Cancellation)).ShouldHaveStatus(200, "the cache status MUST be shown").JsonObject;
        ImageCaches.QueuedIds(state).Concat(ImageCaches.CachedIds(state)).Should().Contain(image.Id,
            "a queued image MUST be listed as queued until it is cached, then as cached ({0})", state.ToJsonString());
    }

    [ConformanceTest("Deleting a cached image from the cache MUST answer 204, and the cache status MUST then list it neither as cached nor as queued.",
        Operation = "DELETE /v2/cache/{image_id}")]
    public async Task DeleteCachedImage_CachedImage_Answers204AndGone()
    {
        Require.Cache();
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(TestImages.RandomSize(256, 2_048)), Cancellation);
        Cleanup.Push($"cache entry {image.Id}", ct => Cache.DeleteCachedImageAsync(image.Id, ct));
        (await Cache.QueueImageAsync(image.Id, Cancellation)).ShouldHaveStatus(202, "queueing the image is the arrangement");
        await WaitUntilCachedAsync(image.Id);

        var response = await Cache.DeleteCachedImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(204, "removing an image from the cache MUST answer 204");
        var state = (await Cache.ListCacheAsync(Cancellation)).ShouldHaveStatus(200, "the cache status MUST be shown").JsonObject;
        ImageCaches.CachedIds(state).Should().NotContain(image.Id, "a deleted cache entry MUST NOT be listed as cached");
        ImageCaches.QueuedIds(state).Should().NotContain(image.Id, "a deleted cache entry MUST NOT be listed as queued");
    }

    [ConformanceTest("Queueing an image that does not exist MUST answer 404.",
        Operation = "PUT /v2/cache/{image_id}")]
    public async Task QueueImage_NonExistentImage_Answers404()
    {
        Require.Cache();
        var missing = Guid.NewGuid().ToString();

        var response = await Cache.QueueImageAsync(missing, Cancellation);

        response.ShouldHaveStatus(404, "there is no image to cache");
    }

    [ConformanceTest("Queueing an image that has no data MUST answer 400.",
        Operation = "PUT /v2/cache/{image_id}")]
    public async Task QueueImage_QueuedImage_Answers400()
    {
        Require.Cache();
        var image = await TestImages.CreateAsync(Cancellation);
        Cleanup.Push($"cache entry {image.Id}", ct => Cache.DeleteCachedImageAsync(image.Id, ct));

        var response = await Cache.QueueImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(400, "only an active image has data to cache");
    }

    // The queued image reaches the cache in the background; a cloud that never caches it fails the arrangement.
    private async Task WaitUntilCachedAsync(string imageId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = (await Cache.ListCacheAsync(Cancellation)).ShouldHaveStatus(200, "the cache status is shown").JsonObject;
            if (ImageCaches.CachedIds(state).Contains(imageId))
            {
                return;
            }
            clock.Elapsed.Should().BeLessThan(CachingDeadline, "caching the queued image is the arrangement ({0})", state.ToJsonString());
            await Task.Delay(PollInterval, Cancellation);
        }
    }
}
