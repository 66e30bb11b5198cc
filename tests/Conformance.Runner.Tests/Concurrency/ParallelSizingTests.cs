using Conformance.Runner.Concurrency;

namespace Conformance.Runner.Tests.Concurrency;

public sealed class ParallelSizingTests
{
    [Test]
    public void Decide_NothingYet_ProbesOneAtATime()
    {
        ParallelSizing.Decide([], 8).Next.Should().Be(1);
    }

    [Test]
    public void Decide_CloudThatScales_DoublesUpToTheCap()
    {
        // Latency stays at 10 ms whatever the concurrency: throughput doubles each round.
        var rounds = new List<ProbeRound>();
        var step = ParallelSizing.Decide(rounds, 8);
        var probed = new List<int>();
        while (!step.Settled)
        {
            probed.Add(step.Next!.Value);
            rounds.Add(Round(step.Next.Value, 10));
            step = ParallelSizing.Decide(rounds, 8);
        }

        probed.Should().Equal(1, 2, 4, 8);
        step.Fixtures.Should().Be(8);
        step.Reason.Should().Contain("up to 8");
    }

    [Test]
    public void Decide_SingleWorkerServer_StaysAtOne()
    {
        // One request at a time: twice as many in flight take twice as long each, no more answers a second.
        var step = ParallelSizing.Decide([Round(1, 10), Round(2, 20)], 32);

        step.Settled.Should().BeTrue();
        step.Fixtures.Should().Be(1);
        step.Reason.Should().Contain("no gain");
    }

    [Test]
    public void Decide_ThrottledAtEight_SettlesOnFour()
    {
        var step = ParallelSizing.Decide([Round(1, 10), Round(2, 10), Round(4, 10), Round(8, 10, 429)], 32);

        step.Fixtures.Should().Be(4);
        step.Reason.Should().Contain("1x 429");
    }

    [TestCase(503)]
    [TestCase(500)]
    [TestCase(0)]
    public void Decide_DistressAtTheBaseline_RunsOneAtATime(int status)
    {
        var step = ParallelSizing.Decide([Round(1, 10, status)], 32);

        step.Settled.Should().BeTrue();
        step.Fixtures.Should().Be(1);
    }

    [Test]
    public void Decide_LatencyQueues_KeepsTheRoundBefore()
    {
        // Throughput still gains, but each answer takes four times the baseline: the cloud queues.
        var slow = new ProbeRound(4, Enumerable.Repeat((200, 40.0), 12).ToList(), 40.0 * 12 / 4 / 3);

        var step = ParallelSizing.Decide([Round(1, 10), Round(2, 10), slow], 32);

        step.Fixtures.Should().Be(2);
        step.Reason.Should().Contain("queue");
    }

    [Test]
    public void Decide_CapOfOne_NeverProbesBeyondTheBaseline()
    {
        ParallelSizing.Decide([Round(1, 10)], 1).Should().Be(SizingStep.Settle(1, "the cloud kept gaining up to 1 at once, the most this run can use"));
    }

    /// <summary>A round at <paramref name="concurrency"/> whose answers take <paramref name="ms"/> each, fully overlapped; the last answer's status given.</summary>
    private static ProbeRound Round(int concurrency, double ms, int lastStatus = 200)
    {
        var count = concurrency * 3;
        var answers = Enumerable.Range(0, count).Select(i => (i == count - 1 ? lastStatus : 200, ms)).ToList();
        return new ProbeRound(concurrency, answers, ms * 3);
    }
}
