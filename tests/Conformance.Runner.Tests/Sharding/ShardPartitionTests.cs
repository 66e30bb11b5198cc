using Conformance.Runner.Execution;
using Conformance.Runner.Runs;
using Conformance.Runner.Sharding;

namespace Conformance.Runner.Tests.Sharding;

public sealed class ShardPartitionTests
{
    private static IReadOnlyList<TestDescriptor> Suite => SuiteAssembly.Describe(SuiteAssembly.FilterFor([]));

    private static TestDescriptor Test(string fixture, string name) =>
        new(name, $"{fixture}.{name}", "images-v2-x", null, "A rule MUST hold.", "2.0", "Member", null);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    public void Assign_PutsEverySelectedTestInExactlyOneShard(int count)
    {
        var suite = Suite;

        var shards = ShardPartition.Assign(suite, count);

        shards.Should().HaveCount(count);
        shards.SelectMany(s => s).Select(t => t.FullName).Should().BeEquivalentTo(suite.Select(t => t.FullName));
    }

    [Test]
    public void Assign_KeepsAFixtureInOneShard()
    {
        var shards = ShardPartition.Assign(Suite, 3);

        var fixtures = shards.SelectMany((tests, index) => tests.Select(t => (Fixture: ShardPartition.FixtureOf(t), index)));
        fixtures.GroupBy(f => f.Fixture).Should().OnlyContain(g => g.Select(f => f.index).Distinct().Count() == 1,
            "a fixture's tests share its instance and setup, so they stay together");
    }

    [Test]
    public void Assign_IsTheSameWhateverTheOrderTestsAreListedIn()
    {
        var suite = Suite;
        var reversed = suite.Reverse().ToList();

        var names = ShardPartition.Assign(suite, 3).Select(s => s.Select(t => t.FullName).Order(StringComparer.Ordinal));
        var again = ShardPartition.Assign(reversed, 3).Select(s => s.Select(t => t.FullName).Order(StringComparer.Ordinal));

        names.Should().BeEquivalentTo(again, o => o.WithStrictOrdering());
    }

    [Test]
    public void Assign_BalancesByTestCount()
    {
        var tests = new[] { Test("A", "a1"), Test("A", "a2"), Test("A", "a3"), Test("B", "b1"), Test("B", "b2"), Test("C", "c1"), Test("D", "d1") };

        var shards = ShardPartition.Assign(tests, 2);

        // Largest first to the emptiest shard: A(3) -> 1, B(2) -> 2, C(1) -> 2, D(1) -> 1 (tie to the lowest).
        shards[0].Select(t => t.Name).Should().Equal("a1", "a2", "a3", "d1");
        shards[1].Select(t => t.Name).Should().Equal("b1", "b2", "c1");
    }

    [Test]
    public void Select_MoreShardsThanFixtures_LeavesSomeEmpty()
    {
        var tests = new[] { Test("A", "a1"), Test("B", "b1") };

        ShardPartition.Select(tests, new ShardSpec(3, 3)).Should().BeEmpty();
    }
}
