using Conformance.Tests.Framework;

namespace Conformance.Runner.Tests.Concurrency;

public sealed class AdaptiveFixtureLimitTests
{
    private const string List = "GET /v2/images";

    [Test]
    public void Answers_NearTheFastest_AdmitOneMorePerWindow()
    {
        var limit = new AdaptiveFixtureLimit(2, 4);

        Answer(limit, AdaptiveFixtureLimit.Window - 1, 100);
        limit.Limit.Should().Be(2, "a window is not full yet");
        Answer(limit, 1, 100);
        limit.Limit.Should().Be(3);
        Answer(limit, 3 * AdaptiveFixtureLimit.Window, 150);

        limit.Limit.Should().Be(4, "never past the maximum");
        limit.Limits.Should().Equal(2, 3, 4);
    }

    [Test]
    public void Answers_SlowerThanThreeTimesTheFastest_AdmitOneFewer()
    {
        var limit = new AdaptiveFixtureLimit(3, 8);
        Answer(limit, 1, 100);

        Answer(limit, AdaptiveFixtureLimit.Window - 1, 350);

        limit.Limit.Should().Be(2);
    }

    [Test]
    public void Answers_BetweenTwoAndThreeTimesTheFastest_HoldTheLimit()
    {
        var limit = new AdaptiveFixtureLimit(3, 8);
        Answer(limit, 1, 100);

        Answer(limit, 4 * AdaptiveFixtureLimit.Window, 250);

        limit.Limits.Should().Equal(3);
    }

    [TestCase(429)]
    [TestCase(503)]
    [TestCase(500)]
    [TestCase(0)]
    public void Distress_HalvesAtOnceButNeverBelowOne(int status)
    {
        var limit = new AdaptiveFixtureLimit(6, 8);

        limit.Observe(List, status, 10);
        limit.Limit.Should().Be(3);
        limit.Observe(List, status, 10);
        limit.Observe(List, status, 10);

        limit.Limit.Should().Be(1);
    }

    [Test]
    public void Fastest_IsKeptPerOperationAndStatus()
    {
        var limit = new AdaptiveFixtureLimit(2, 8);
        limit.Observe("POST /v2/images", 201, 400);
        limit.Observe(List, 200, 10);

        // Each at its own fastest: a slow create is no sign of queueing next to fast lists.
        for (var i = 0; i < AdaptiveFixtureLimit.Window - 2; i++)
        {
            limit.Observe(i % 2 == 0 ? "POST /v2/images" : List, i % 2 == 0 ? 201 : 200, i % 2 == 0 ? 400 : 10);
        }

        limit.Limit.Should().Be(3);
    }

    [Test]
    public async Task Enter_AtTheLimit_WaitsUntilOneLeaves()
    {
        var limit = new AdaptiveFixtureLimit(1, 4);
        await limit.EnterAsync(CancellationToken.None);

        var second = limit.EnterAsync(CancellationToken.None);
        await Task.Delay(50);
        second.IsCompleted.Should().BeFalse("the one place is taken");
        limit.Exit();

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Growing_AdmitsTheWaiting()
    {
        var limit = new AdaptiveFixtureLimit(1, 4);
        await limit.EnterAsync(CancellationToken.None);
        var second = limit.EnterAsync(CancellationToken.None);

        Answer(limit, AdaptiveFixtureLimit.Window, 100);

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Enter_Cancelled_ThrowsAndPassesItsTurnOn()
    {
        var limit = new AdaptiveFixtureLimit(1, 4);
        await limit.EnterAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limit.EnterAsync(cancellation.Token);
        var next = limit.EnterAsync(CancellationToken.None);

        await cancellation.CancelAsync();
        var waiting = () => cancelled;
        await waiting.Should().ThrowAsync<OperationCanceledException>();
        limit.Exit();

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public void Describe_SaysWhereItStartedMovedAndEnded()
    {
        var limit = new AdaptiveFixtureLimit(2, 16);
        Answer(limit, 2 * AdaptiveFixtureLimit.Window, 100);
        limit.Observe(List, 503, 10);

        limit.Describe().Should().Be("adaptive from 2, between 2 and 4 of at most 16, 2 at the end (3 change(s))");
    }

    private static void Answer(AdaptiveFixtureLimit limit, int count, double milliseconds)
    {
        for (var i = 0; i < count; i++)
        {
            limit.Observe(List, 200, milliseconds);
        }
    }
}
