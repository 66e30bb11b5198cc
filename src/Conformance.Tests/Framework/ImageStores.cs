using System.Diagnostics;

namespace Conformance.Tests.Framework;

/// <summary>What tests of imports into several stores share: reading an image's stores and waiting out its copies.</summary>
public static class ImageStores
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The stores the image's 'stores' field names (a comma-separated string).</summary>
    public static List<string> StoresOf(JsonObject image) => Split(image.Text("stores"));

    /// <summary>
    /// Shows the image until it has left the import's transient statuses, is importing to no store
    /// ('os_glance_importing_to_stores' empty), holds no import lock ('os_glance_import_task', which Glance
    /// drops only when the import task has written its last change) and is in every <paramref name="expected"/>
    /// store unless an import failed ('os_glance_failed_import'), or the import deadline passes; returns the
    /// last image shown.
    /// </summary>
    public static async Task<JsonObject> WaitForStoresAsync(this ImagesClient images, string imageId,
        IReadOnlyCollection<string> expected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var image = (await images.ShowImageAsync(imageId, cancellationToken)).ShouldHaveStatus(200, "the importing image MUST be shown").JsonObject;
            var busy = image.Text("status") is "queued" or "uploading" or "importing"
                || Split(image.Text("os_glance_importing_to_stores")).Count > 0
                || !string.IsNullOrEmpty(image.Text("os_glance_import_task"))
                || (!expected.All(StoresOf(image).Contains) && Split(image.Text("os_glance_failed_import")).Count == 0);
            if (!busy || clock.Elapsed >= ImageImports.Deadline)
            {
                return image;
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static List<string> Split(string? stores) =>
        (stores ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
