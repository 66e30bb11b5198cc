using System.Diagnostics;
using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Capabilities.ImagesV2Tasks;

/// <summary>
/// The tasks API itself. The API has no delete: every task a test creates stays until the cloud expires it
/// (Glance: 48 hours), so these tests create as few as they can, each one an import from a source that cannot
/// be read (so that no image is left behind), named with the run tag in its input.
/// </summary>
[Capability(CapabilityNames.ImagesV2Tasks)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class TasksApiTests : ConformanceTestBase
{
    // Loopback on the default HTTP port, at a path no server holds: passes Glance's default import filter
    // (and the reference's allowed hosts and ports), yet gives the import nothing to read.
    private const string UnreadableSource = "http://127.0.0.1/conformance-no-such-image.qcow2";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [ConformanceTest("An import task from a source that cannot be read MUST either be refused up front with 400 (a cloud whose import filter refuses the source) or be created (201, type import, status pending) and then end in status failure.",
        IdempotentId = "id-ad6450c6-7060-4ee7-a2d1-41c2604b446c", Operation = Operations.TaskCreate)]
    public async Task CreateTask_UnreadableImportSource_Answers201ThenFails()
    {
        var tasks = TasksAs(Persona.Admin);

        var response = await tasks.CreateTaskAsync(ImportTask(), Cancellation);

        // Glance 2026.2+ checks import_from against its import filter at once; older ones accept it and fail the task later.
        response.Status.Should().BeOneOf([201, 400], "an unreadable source MUST be refused up front (400) or accepted as a task (201) ({0})", response);
        if (response.Status == 400)
        {
            return;
        }
        response.JsonObject.Text("type").Should().Be("import", "the task MUST be of the type asked for");
        response.JsonObject.Text("status").Should().Be("pending", "a new task has not run yet");
        var finished = await FinishedAsync(tasks, response.JsonObject.Text("id")!);
        finished.Text("status").Should().Be("failure", "an import whose source cannot be read MUST fail ({0})", finished.ToJsonString());
    }

    [ConformanceTest("The list of tasks MUST answer 200 and hold a task just created.",
        Operation = Operations.TaskList)]
    public async Task ListTasks_AfterCreate_HoldsTheTask()
    {
        var tasks = TasksAs(Persona.Admin);
        var created = await CreateArrangedTaskAsync(tasks);
        var id = created.JsonObject.Text("id");

        var response = await tasks.ListTasksAsync([new("sort_key", "created_at"), new("sort_dir", "desc")], Cancellation);

        response.ShouldHaveStatus(200, "an admin MUST be able to list tasks");
        var listed = (response.JsonObject["tasks"] as JsonArray ?? []).OfType<JsonObject>().Select(t => t.Text("id"));
        listed.Should().Contain(id, "the newest task MUST be on the first page of a list sorted newest first ({0})", response.Text);
    }

    [ConformanceTest("A task list filtered by status MUST hold only tasks in that status: a failed task is in the list of failed tasks and not in the list of successful ones.",
        Operation = Operations.TaskList)]
    public async Task ListTasks_FilteredByStatus_HoldsOnlyThatStatus()
    {
        var tasks = TasksAs(Persona.Admin);
        var created = await CreateArrangedTaskAsync(tasks);
        var failed = await FinishedAsync(tasks, created.JsonObject.Text("id")!);
        if (failed.Text("status") is "pending" or "processing")
        {
            Skip.Because(SkipKind.NotPractical, $"the arranged task (an import from a URL that serves nothing) was still {failed.Text("status")} after {Deadline.TotalSeconds} s, so there is no failed task to filter by");
        }
        failed.Text("status").Should().Be("failure", "a failed task is the arrangement ({0})", failed.ToJsonString());

        var failures = await ListedAsync(tasks, "failure");
        var successes = await ListedAsync(tasks, "success");

        // The positive control: the same filter must find the task where it belongs.
        failures.Select(t => t.Text("id")).Should().Contain(failed.Text("id"), "the newest failed task MUST be on the first page of failed tasks sorted newest first");
        successes.Select(t => t.Text("id")).Should().NotContain(failed.Text("id"), "a failed task is not a successful one");
        failures.Where(t => t.Text("status") != "failure").Should().BeEmpty("status=failure asks for failed tasks only");
        successes.Where(t => t.Text("status") != "success").Should().BeEmpty("status=success asks for successful tasks only");
    }

    [ConformanceTest("A task without a type MUST be refused with 400.",
        Operation = Operations.TaskCreate)]
    public async Task CreateTask_WithoutType_Answers400()
    {
        var task = ImportTask();
        task.Remove("type");

        var response = await TasksAs(Persona.Admin).CreateTaskAsync(task, Cancellation);

        response.ShouldHaveStatus(400, "the type of a task is required");
    }

    [ConformanceTest("Showing a task that does not exist MUST answer 404.",
        Operation = Operations.TaskShow)]
    public async Task ShowTask_NonExistent_Answers404()
    {
        var response = await TasksAs(Persona.Admin).ShowTaskAsync(Guid.NewGuid().ToString(), Cancellation);

        response.ShouldHaveStatus(404, "a task that does not exist cannot be shown");
    }

    [ConformanceTest("Listing tasks as a project member without the admin role SHOULD answer 403: the default policy keeps the tasks API for administrators.",
        Operation = Operations.TaskList)]
    [Persona(Persona.Member)]
    public async Task ListTasks_AsMember_Answers403()
    {
        var response = await TasksAs(Persona.Member).ListTasksAsync([], Cancellation);

        response.ShouldHaveStatus(403, "tasks_api_access defaults to the admin role");
    }

    // A task to list: a cloud that refuses the unreadable source up front leaves none to make.
    private async Task<ApiResponse> CreateArrangedTaskAsync(TasksClient tasks)
    {
        var response = await tasks.CreateTaskAsync(ImportTask(), Cancellation);
        Requirements.ImportSourceAccepted(response.Status, UnreadableSource);
        return response.ShouldHaveStatus(201, "creating a task is the arrangement");
    }

    // A legacy import task, tagged with the run in the name of the image it would make, in formats the cloud allows.
    private JsonObject ImportTask()
    {
        var formats = TestFormats.For(Session.Features);
        return new()
        {
            ["type"] = "import",
            ["input"] = new JsonObject
            {
                ["import_from"] = UnreadableSource,
                ["import_from_format"] = formats.Disk,
                ["image_properties"] = new JsonObject
                {
                    ["name"] = RunTag.Name(Session.Settings.ResourceTag, TestContext.CurrentContext.Test.MethodName ?? "task"),
                    ["disk_format"] = formats.Disk,
                    ["container_format"] = formats.Container,
                },
            },
        };
    }

    // The task once it has left pending and processing, or as it is when the deadline passes.
    private async Task<JsonObject> FinishedAsync(TasksClient tasks, string taskId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var task = (await tasks.ShowTaskAsync(taskId, Cancellation)).ShouldHaveStatus(200, "the task just created MUST be shown").JsonObject;
            if (task.Text("status") is not ("pending" or "processing") || clock.Elapsed >= Deadline)
            {
                return task;
            }
            await Task.Delay(PollInterval, Cancellation);
        }
    }

    // The first page of tasks in the status, newest first.
    private async Task<List<JsonObject>> ListedAsync(TasksClient tasks, string status)
    {
        var response = await tasks.ListTasksAsync([new("status", status), new("sort_key", "created_at"), new("sort_dir", "desc")], Cancellation);
        response.ShouldHaveStatus(200, "an admin MUST be able to list tasks by status");
        return (response.JsonObject["tasks"] as JsonArray ?? []).OfType<JsonObject>().ToList();
    }

    private TasksClient TasksAs(Persona persona) => new(TransportAs(persona));
}
