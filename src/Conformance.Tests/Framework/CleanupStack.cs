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
            if (await UndoAsync(step, cancellationToken) is { } leftover)
            {
                leftovers.Add(leftover);
            }
        }
        return leftovers;
    }

    /// <summary>
    /// Runs every step at once, for steps that do not depend on each other (the run's shared images, each its own
    /// image); returns what could not be undone.
    /// </summary>
    public async Task<IReadOnlyList<string>> RunAllAtOnceAsync(CancellationToken cancellationToken)
    {
        var steps = new List<(string What, Func<CancellationToken, Task<ApiResponse>> Undo)>();
        while (_steps.TryPop(out var step))
        {
            steps.Add(step);
        }
        var outcomes = await Task.WhenAll(steps.Select(step => UndoAsync(step, cancellationToken)));
        return outcomes.OfType<string>().ToList();
    }

    private static async Task<string?> UndoAsync((string What, Func<CancellationToken, Task<ApiResponse>> Undo) step, CancellationToken cancellationToken)
    {
        try
        {
            var response = await step.Undo(cancellationToken);
            return response.Status is not (>= 200 and < 300) and not 404 ? $"{step.What}: {response}" : null;
        }
        catch (Exception e) when (e is EndpointUnreachableException or OperationCanceledException)
        {
            return $"{step.What}: {e.Message}";
        }
    }
}
