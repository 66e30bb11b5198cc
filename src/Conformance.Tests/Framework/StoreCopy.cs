namespace Conformance.Tests.Framework;

/// <summary>
/// What a copy-image import starts from: an active image of known data, the stores it is in, and a writable store it
/// is not in yet. Arranged for the tests that copy an image and for those that need a copied one.
/// </summary>
public sealed record StoreCopy(CreatedImage Image, byte[] Data, IReadOnlyList<string> First, string Target)
{
    public const string CopyImage = "copy-image";

    /// <summary>Skips unless the cloud offers copy-image and two writable stores; then uploads an image into its default store.</summary>
    public static async Task<StoreCopy> ArrangeAsync(Requirements require, TestImages testImages, ImagesClient images, CancellationToken cancellationToken)
    {
        require.ImportMethod(CopyImage);
        var stores = require.WritableStores(2);
        var data = TestImages.RandomData(TestImages.RandomSize(512, 4_096));
        var image = await testImages.CreateActiveAsync(data, cancellationToken);
        var first = ImageStores.StoresOf((await images.ShowImageAsync(image.Id, cancellationToken)).ShouldHaveStatus(200, "the uploaded image is shown").JsonObject);
        return new StoreCopy(image, data, first, stores.First(s => !first.Contains(s)));
    }

    /// <summary>The body of a copy-image import into <see cref="Target"/>.</summary>
    public JsonObject Request()
    {
        var request = ImagesClient.ImportRequest(CopyImage);
        request["stores"] = new JsonArray(Target);
        return request;
    }
}
