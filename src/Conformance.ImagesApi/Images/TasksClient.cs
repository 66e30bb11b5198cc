using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The tasks API (<c>/v2/tasks</c>), which Glance's default policy opens to admins only.</summary>
public sealed class TasksClient(ApiTransport transport)
{
    /// <summary>Creates a task from its type and input. The API has no delete: a task stays until it expires.</summary>
    public Task<ApiResponse> CreateTaskAsync(JsonObject task, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("POST", Routes.Tasks)
        {
            Body = Encoding.UTF8.GetBytes(task.ToJsonString()),
            ContentType = "application/json",
        }, cancellationToken);

    public Task<ApiResponse> ListTasksAsync(IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Tasks) { Query = query.ToList() }, cancellationToken);

    public Task<ApiResponse> ShowTaskAsync(string taskId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Task) { PathValues = new Dictionary<string, string> { ["task_id"] = taskId } },
            cancellationToken);
}
