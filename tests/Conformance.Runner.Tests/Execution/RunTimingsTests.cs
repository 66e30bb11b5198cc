using Conformance.Runner.Execution;

namespace Conformance.Runner.Tests.Execution;

public sealed class RunTimingsTests
{
    [Test]
    public void Describe_ListsStartUpThenEachPhaseInOrder_AndTheTotal()
    {
        var timings = new RunTimings(TimeSpan.FromMilliseconds(250));
        timings.Mark("settings");
        timings.Mark("tests");

        var line = timings.Describe();

        line.Should().StartWith("timings: start-up 0.25 s, settings ");
        line.IndexOf("settings", StringComparison.Ordinal).Should().BeLessThan(line.IndexOf("tests", StringComparison.Ordinal));
        line.Should().Contain("; total ");
        timings.Phases.Select(p => p.Phase).Should().Equal("start-up", "settings", "tests");
    }

    [Test]
    public async Task Mark_GivesEachPhaseTheTimeSinceThePreviousOne()
    {
        var timings = new RunTimings(TimeSpan.Zero);
        await Task.Delay(50);
        timings.Mark("slow");
        timings.Mark("quick");

        timings.Phases[1].Took.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(40));
        timings.Phases[2].Took.Should().BeLessThan(timings.Phases[1].Took);
    }

    [Test]
    public void Note_IsShownAfterThePhases()
    {
        var timings = new RunTimings(TimeSpan.Zero);
        timings.Mark("tests");
        timings.Note("2 kinds made in 1.00 s");

        timings.Describe().Should().EndWith("(2 kinds made in 1.00 s)");
    }
}
