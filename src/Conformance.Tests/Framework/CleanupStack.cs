using System.Collections.Concurrent;
using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>
/// What a test created, undone last-in-first-out after the test, whatever its outcome. A 404 is
/// fine: the test may have deleted the resource itself.
/// </summary>
public sealed class CleanupStack
{
    // Concurrent: the run-scoped stack of shared images is pushed to by fixtures running in parallel.
    private readonly ConcurrentStack<(string What, Func<CancellationToken, Task<ApiResponse>> Undo)> _steps = new();

    public void Push(string what, Func<CancellationToken, Task<ApiResponse>> undo) => _steps.Push((what, undo));

    /// <summary>Runs every step; returns what could not be undone, so the test can report it.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var leftovers = new List<string>();
        while (_steps.TryPop(out var step))
        {
            try
            {
                var response = await step.Undo(cancellationToken);
                if (response.Status is not (>= 200 and < 300) and not 404)
                {
                    leftovers.Add($"{step.What}: {response}");
                }
            }
            catch (Exception e) when (e is EndpointUnreachableException or OperationCanceledException)
            {
                leftovers.Add($"{step.What}: {e.Message}");
            }
        }
        return leftovers;
    }
}
