using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>
/// A Range request is served from the image's store only where its driver reads at random (file, cinder; not
/// rbd, swift, s3): what tests of partial content share, so that the store decides, not the reference's setting.
/// </summary>
public static class RangedDownloads
{
    /// <summary>
    /// Downloads <paramref name="range"/> of an image that has data: skipped as not offered where its store is known
    /// to have no random access, or answers 400 and is not known to have it; any other answer is the test's to judge.
    /// </summary>
    public static async Task<ApiResponse> DownloadRangeAsync(this ImagesClient images, Requirements require, string imageId, string range,
        CancellationToken cancellationToken)
    {
        var shown = (await images.ShowImageAsync(imageId, cancellationToken)).ShouldHaveStatus(200, "the image to download is shown to learn its store").JsonObject;
        // Without multiple stores the image has no 'stores' field: its data is in the default store.
        var store = ImageStores.StoresOf(shown).FirstOrDefault();
        require.RandomAccess(store);

        var response = await images.DownloadImageDataAsync(imageId, cancellationToken, range);

        require.RangeServed(store, response.Status);
        return response;
    }
}
