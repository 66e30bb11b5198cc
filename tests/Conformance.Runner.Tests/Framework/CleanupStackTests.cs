using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Tests.Framework;

/// <summary>The shared images are deleted at once: every step runs, they overlap, and what failed is reported.</summary>
public sealed class CleanupStackTests
{
    [Test]
    public async Task RunAllAtOnce_StepsOverlap_AndOnlyFailuresAreLeftOver()
    {
        var stack = new CleanupStack();
        var running = 0;
        var mostAtOnce = 0;
        var gate = new TaskCompletionSource();
        foreach (var (what, status) in new[] { ("image a", 204), ("image b", 404), ("image c", 500) })
        {
            stack.Push(what, async ct =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostAtOnce, now);
                if (now == 3)
                {
                    gate.SetResult();
                }
                await gate.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                Interlocked.Decrement(ref running);
                return Answer(status);
            });
        }

        var leftovers = await stack.RunAllAtOnceAsync(CancellationToken.None);

        mostAtOnce.Should().Be(3, "no step waits for another");
        leftovers.Should().ContainSingle().Which.Should().StartWith("image c:");
        (await stack.RunAllAtOnceAsync(CancellationToken.None)).Should().BeEmpty("every step was taken off the stack");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    private static ApiResponse Answer(int status) => new(status, [], [], new HttpExchange
    {
        Method = "DELETE",
        Url = "http://127.0.0.1/v2/images/x",
        Operation = Operations.ImageDelete,
        RequestHeaders = [],
        Status = status,
    });
}
