using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

/// <summary>Copying an image to a second store needs an admin under Glance's default policy, and so does deleting it from one.</summary>
[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.10")]
[Persona(Persona.Admin)]
public sealed class DeleteFromStoreTests : ConformanceTestBase
{
    private const string CopyImage = "copy-image";
    private const string ImportTaskLock = "os_glance_import_task";
    private static readonly TimeSpan CopyDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [ConformanceTest("Deleting an image from one of its stores MUST answer 204 and leave the image active in its other stores only.",
        IdempotentId = "id-1ecec683-41d4-4470-a0df-54969ec74514", Operation = "DELETE /v2/stores/{store_id}/{image_id}")]
    public async Task DeleteImageFromStore_CopiedImage_Answers204AndStoreIsGone()
    {
        var stores = Session.Features?.Stores ?? [];
        var methods = Session.Features?.ImportMethods ?? [];
        if (stores.Count < 2 || !methods.Contains(CopyImage))
        {
            Assert.Ignore($"not offered: two stores and the {CopyImage} import method (discovered: stores {string.Join(", ", stores)}; methods {string.Join(", ", methods)})");
        }
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(256), Cancellation);
        var first = StoresOf((await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the uploaded image is shown").JsonObject);
        var second = stores.First(s => !first.Contains(s));
        var copy = ImagesClient.ImportRequest(CopyImage);
        copy["stores"] = new JsonArray(second);
        (await Images.ImportImageAsync(image.Id, copy, Cancellation)).ShouldHaveStatus(202, "copying to a second store is the arrangement");
        await WaitForStoreAsync(image.Id, second);

        var response = await Images.DeleteImageFromStoreAsync(second, image.Id, Cancellation);

        response.ShouldHaveStatus(204, "deleting an image from one of its stores MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST remain").JsonObject;
        StoresOf(shown).Should().BeEquivalentTo(first, "the image MUST be left in its other stores only");
        shown.Text("status").Should().Be("active", "the image MUST stay active in its other stores");
    }

    private async Task WaitForStoreAsync(string imageId, string store)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var shown = (await Images.ShowImageAsync(imageId, Cancellation)).ShouldHaveStatus(200, "the copied image MUST be shown").JsonObject;
            // The copy task holds the image (os_glance_import_task) until its last save; a delete from the store
            // before that is undone by that save, so wait for the task to let go as well.
            if (StoresOf(shown).Contains(store) && string.IsNullOrEmpty(shown.Text(ImportTaskLock)))
            {
                return;
            }
            clock.Elapsed.Should().BeLessThan(CopyDeadline, "the copy to {0} is the arrangement of this test", store);
            await Task.Delay(PollInterval, Cancellation);
        }
    }

    private static List<string> StoresOf(JsonObject image) =>
        (image.Text("stores") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
