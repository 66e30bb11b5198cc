// In the root namespace on purpose: a SetUpFixture covers the tests of its namespace and those below it.
namespace Conformance.Tests;

/// <summary>Deletes the run's <see cref="SharedImages"/> once every selected test is done.</summary>
[SetUpFixture]
public sealed class SharedImagesCleanup
{
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(60);

    [OneTimeTearDown]
    public async Task DeleteSharedImages()
    {
        if (RunnerSession.Current is not { } session)
        {
            return;
        }
        // Its own deadline, not the run's token: cleanup must also run after Ctrl-C.
        using var deadline = new CancellationTokenSource(CleanupTimeout);
        foreach (var leftover in await SharedImages.Of(session).DeleteAllAsync(deadline.Token))
        {
            await TestContext.Out.WriteLineAsync($"cleanup could not undo shared {leftover}");
        }
    }
}
