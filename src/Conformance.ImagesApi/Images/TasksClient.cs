using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The tasks API (<c>/v2/tasks</c>), which Glance's default policy opens to admins only.</summary>
public sealed class TasksClient(ApiTransport transport)
{
    /// api-ref: image/v2 "Create task" (POST /v2/tasks)
    /// <summary>Creates a task from its type and input. The API has no delete: a task stays until it expires.</summary>
    public Task<ApiResponse> CreateTaskAsync(JsonObject task, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.Tasks)
        {
            Body = Encoding.UTF8.GetBytes(task.ToJsonString()),
            ContentType = "application/json",
        }, cancellationToken);

    /// api-ref: image/v2 "List tasks" (GET /v2/tasks)
    public Task<ApiResponse> ListTasksAsync(IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Tasks) { Query = query.ToList() }, cancellationToken);

    /// api-ref: image/v2 "Show task details" (GET /v2/tasks/{task_id})
    public Task<ApiResponse> ShowTaskAsync(string taskId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Task) { PathValues = new Dictionary<string, string> { ["task_id"] = taskId } },
            cancellationToken);
}
