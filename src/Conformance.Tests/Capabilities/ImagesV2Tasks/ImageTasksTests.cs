using System.Diagnostics;

namespace Conformance.Tests.Capabilities.ImagesV2Tasks;

[Capability(CapabilityNames.ImagesV2Tasks)]
[MinApiVersion("2.12")]
[Persona(Persona.Member)]
public sealed class ImageTasksTests : ConformanceTestBase
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [ReadsSharedImages(nameof(GlanceDirectImported))]
    [ConformanceTest("After a glance-direct import, the image's task list MUST answer 200 with the import task of that image, succeeded or still finishing.",
        Operation = Operations.ImageTaskList)]
    public async Task ListImageTasks_AfterImport_HoldsTheImportTask()
    {
        var image = await ImportedImageAsync();

        var response = await Images.ListImageTasksAsync(image, Cancellation);

        response.ShouldHaveStatus(200, "the tasks of an image MUST be listed");
        var tasks = (response.JsonObject["tasks"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        tasks.Should().ContainSingle("one import ran on the image, so it MUST have exactly one task ({0})", response.Text);
        tasks[0].Text("image_id").Should().Be(image, "an image's task MUST be a task of that image");
        // Glance makes the image active a moment before it marks the task successful.
        tasks[0].Text("status").Should().BeOneOf(["processing", "success"], "the task of an import that made the image active MUST NOT have failed");
    }

    [ConformanceTest("The task list of an image that does not exist MUST answer 404.",
        Operation = Operations.ImageTaskList)]
    public async Task ListImageTasks_NonExistentImage_Answers404()
    {
        var response = await Images.ListImageTasksAsync(Guid.NewGuid().ToString(), Cancellation);

        response.ShouldHaveStatus(404, "an image that does not exist has no tasks to list");
    }

    [ReadsSharedImages(nameof(GlanceDirectImported))]
    [ConformanceTest("An admin MUST be shown an image's import task at /v2/tasks/{task_id}, with its id, the image it imported and status success.",
        Operation = Operations.TaskShow)]
    [Persona(Persona.Admin)]
    public async Task ShowTask_ImportTask_Answers200WithTheTask()
    {
        var image = await ImportedImageAsync();
        var taskId = await FinishedTaskAsync(image);
        var tasks = new TasksClient(TransportAs(Persona.Admin));

        var response = await tasks.ShowTaskAsync(taskId!, Cancellation);

        response.ShouldHaveStatus(200, "an admin MUST be shown a task");
        response.JsonObject.Text("id").Should().Be(taskId, "the task shown MUST be the one asked for");
        (response.JsonObject["result"]?["image_id"] ?? response.JsonObject["input"]?["image_id"])?.ToString()
            .Should().Be(image, "the import task MUST name the image it imported");
        response.JsonObject.Text("status").Should().Be("success", "the task of an import that made the image active MUST have succeeded");
    }

    // The id of the image's one task once it has left pending and processing (Glance finishes it just after the image).
    private async Task<string> FinishedTaskAsync(string imageId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var listed = (await Images.ListImageTasksAsync(imageId, Cancellation)).ShouldHaveStatus(200, "listing the image's tasks is the arrangement");
            var task = listed.JsonObject["tasks"]?[0];
            task.Should().NotBeNull("the imported image MUST have a task ({0})", listed.Text);
            if (task!["status"]?.ToString() is not ("pending" or "processing") || clock.Elapsed >= ImageImports.Deadline)
            {
                return task["id"]!.ToString();
            }
            await Task.Delay(PollInterval, Cancellation);
        }
    }

    // An active image made by a glance-direct import, or the test is skipped when the cloud offers no such import.
    private async Task<string> ImportedImageAsync()
    {
        Require.ImportMethod(ImageImports.GlanceDirect);
        return (await SharedAsync(GlanceDirectImported)).ImageId!;
    }

    private sealed record Imported(string? ImageId);

    // Read, never changed, by both task tests: one import, so one task. Where the cloud offers no glance-direct import
    // nothing is made, and the readers skip before reading.
    private static readonly SharedImageKind<Imported> GlanceDirectImported = new("glance-direct-imported", Persona.Member, async (images, testImages, ct) =>
    {
        if (RunnerSession.Current?.Features?.ImportMethods.Contains(ImageImports.GlanceDirect) != true)
        {
            return new Imported(null);
        }
        var image = await testImages.CreateAsync(ct);
        (await images.StageImageDataAsync(image.Id, TestImages.RandomData(256), ct)).ShouldHaveStatus(204, "staging is the arrangement");
        (await images.ImportImageAsync(image.Id, ImagesClient.ImportRequest(ImageImports.GlanceDirect), ct))
            .ShouldHaveStatus(202, "importing is the arrangement");
        var shown = await images.WaitWhileImportingAsync(image.Id, ct);
        shown.Text("status").Should().Be("active", "the import is the arrangement of the task tests");
        return new Imported(image.Id);
    });
}
