using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

/// <summary>The tasks API (<c>/v2/tasks</c>), which Glance's default policy opens to admins only.</summary>
public sealed class TasksClient(ApiTransport transport)
{
    public Task<ApiResponse> ShowTaskAsync(string taskId, CancellationToken cancellationToken) =>
        transport.SendAsync(new ApiRequest("GET", Routes.Task) { PathValues = new Dictionary<string, string> { ["task_id"] = taskId } },
            cancellationToken);
}
