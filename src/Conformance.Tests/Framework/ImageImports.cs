using System.Diagnostics;

namespace Conformance.Tests.Framework;

/// <summary>What tests of the import API share: waiting out an import.</summary>
public static class ImageImports
{
    public const string GlanceDirect = "glance-direct";

    /// <summary>Bounds the wait, so that an import that never ends fails the test instead of holding the run.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Shows the image until its status leaves the import's transient ones, or the deadline passes.</summary>
    public static async Task<JsonObject> WaitWhileImportingAsync(this ImagesClient images, string imageId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var image = (await images.ShowImageAsync(imageId, cancellationToken)).ShouldHaveStatus(200, "the importing image MUST be shown").JsonObject;
            if (image.Text("status") is not ("uploading" or "importing") || clock.Elapsed >= Deadline)
            {
                return image;
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
