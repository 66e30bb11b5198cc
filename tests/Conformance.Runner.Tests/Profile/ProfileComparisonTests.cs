using Conformance.Runner.Profile;

namespace Conformance.Runner.Tests.Profile;

public sealed class ProfileComparisonTests
{
    private static JsonObject Section(params (string Name, string Better, double Median)[] figures) => new()
    {
        ["figures"] = new JsonArray(figures.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name, ["unit"] = f.Better == "higher" ? "MB/s" : "s", ["better"] = f.Better, ["median"] = f.Median, ["count"] = 3,
        }).ToArray()),
    };

    [Test]
    public void Moved_HalvedThroughputAndDoubledTime_AreBothTwiceAsSlow()
    {
        var moved = ProfileComparison.Moved(
            Section(("download 1 MiB", "higher", 100), ("import glance-direct to active", "lower", 1), ("upload 1 MiB", "higher", 50)),
            Section(("download 1 MiB", "higher", 50), ("import glance-direct to active", "lower", 2), ("upload 1 MiB", "higher", 52)), 10);

        moved.Select(c => (c.Name, c.SlowerPercent)).Should().BeEquivalentTo(new[]
        {
            ("download 1 MiB", 100.0), ("import glance-direct to active", 100.0),
        }, "a 4% move is under the threshold; both others take twice the time for the same work");
    }

    [Test]
    public void Moved_FasterFigure_IsListedButNotSlower()
    {
        var moved = ProfileComparison.Moved(Section(("download 1 MiB", "higher", 100)), Section(("download 1 MiB", "higher", 300)), 10);

        moved.Should().ContainSingle().Which.SlowerPercent.Should().Be(0);
        moved[0].ChangePercent.Should().Be(200);
    }

    [Test]
    public void Unmatched_NamesFiguresInOneProfileOnly()
    {
        ProfileComparison.Unmatched(Section(("a", "higher", 1), ("b", "higher", 1)), Section(("b", "higher", 1), ("c", "lower", 1)))
            .Should().Equal("a", "c");
    }

    [Test]
    public void Figure_MedianSpreadAndPercentiles_FromSamples()
    {
        var figure = new Figure("x", "ms", Better.Lower, [10, 30, 20, 40, 1000]);

        figure.Median.Should().Be(30);
        new Figure("y", "MB/s", Better.Higher, [10, 20]).Median.Should().Be(15, "an even count's median is the mean of the middle two");
        figure.Percentile(95).Should().Be(1000);
        figure.SpreadPercent.Should().BeApproximately((1000 - 10) / 30.0 * 100, 1e-9);
    }

    [TestCase("1MiB", 1L << 20)]
    [TestCase("512MiB", 512L << 20)]
    [TestCase("2GiB", 2L << 30)]
    [TestCase("4096", 4096L)]
    public void ByteSizes_Parse(string text, long bytes)
    {
        ByteSizes.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(bytes);
        ByteSizes.TryParse("-1MiB", out _).Should().BeFalse();
    }
}
