namespace Conformance.Tests.Capabilities.ImagesV2Cache;

/// <summary>The cache holds images of every project, so managing it is for administrators only.</summary>
[Capability(CapabilityNames.ImagesV2Cache)]
[MinApiVersion("2.14")]
[Persona(Persona.Member)]
public sealed class ImageCacheAccessTests : ConformanceTestBase
{
    private CacheClient Cache => new(TransportAs(Persona.Member));

    [ConformanceTest("A member who is not an administrator MUST be refused the cache status with 403.",
        Operation = Operations.CacheList)]
    public async Task ListCache_Member_Answers403()
    {
        Require.Cache();

        var response = await Cache.ListCacheAsync(Cancellation);

        response.ShouldHaveStatus(403, "the cache status shows images of every project: only an administrator may see it");
    }

    [ConformanceTest("A member who is not an administrator MUST be refused removing even its own image from the cache with 403.",
        Operation = Operations.CachedImageDelete)]
    public async Task DeleteCachedImage_Member_Answers403()
    {
        Require.Cache();
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(256), Cancellation);

        var response = await Cache.DeleteCachedImageAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(403, "the cache is managed by administrators: a member MUST NOT remove entries, even of its own images");
    }

    [ConformanceTest("A member who is not an administrator MUST be refused clearing the whole cache with 403.",
        Operation = Operations.CacheClear)]
    public async Task ClearCache_Member_Answers403()
    {
        Require.Cache();
        // Clearing would remove what others cached: try it only where the member is refused the cache already.
        var status = await Cache.ListCacheAsync(Cancellation);
        if (status.Status != 403)
        {
            Skip.Because(SkipKind.NotPractical, $"this cloud shows the cache status to a member (HTTP {status.Status}), so clearing it as a member might succeed and remove what others cached");
        }

        var response = await Cache.ClearCacheAsync(Cancellation);

        response.ShouldHaveStatus(403, "the cache is managed by administrators: a member MUST NOT clear it");
    }
}
