using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using NUnit.Framework;

namespace Conformance.Tests.Framework;

/// <summary>What tests of the import API share: skipping where a method is not offered, and waiting out an import.</summary>
public static class ImageImports
{
    public const string GlanceDirect = "glance-direct";

    /// <summary>Bounds the wait, so that an import that never ends fails the test instead of holding the run.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Skips the test with "not offered" and what was discovered, unless the cloud offers <paramref name="method"/>.</summary>
    public static void SkipUnlessOffered(ConformanceSession session, string method)
    {
        var methods = session.Features?.ImportMethods ?? [];
        if (!methods.Contains(method))
        {
            Assert.Ignore($"not offered: the {method} import method (discovered: {(methods.Count == 0 ? "none" : string.Join(", ", methods))})");
        }
    }

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
