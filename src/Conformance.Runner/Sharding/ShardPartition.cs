using Conformance.Runner.Execution;
using Conformance.Runner.Runs;

namespace Conformance.Runner.Sharding;

/// <summary>
/// Splits the selected tests into shards the same way on every machine: whole fixtures (a fixture's tests
/// share its class and setup), the largest first, each to the shard with the fewest tests so far (ties to the
/// lowest index), fixtures ordered by test count and then by full name. Every selected test is in exactly one shard.
/// </summary>
public static class ShardPartition
{
    public static IReadOnlyList<TestDescriptor> Select(IReadOnlyList<TestDescriptor> selected, ShardSpec shard) =>
        Assign(selected, shard.Count)[shard.Index - 1];

    /// <summary>Every shard's tests, in the order of <paramref name="selected"/> within each shard.</summary>
    public static IReadOnlyList<IReadOnlyList<TestDescriptor>> Assign(IReadOnlyList<TestDescriptor> selected, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var fixtures = selected.GroupBy(FixtureOf, StringComparer.Ordinal)
            .OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal);
        var sizes = new int[count];
        var shardOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fixture in fixtures)
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            shardOf[fixture.Key] = smallest;
            sizes[smallest] += fixture.Count();
        }
        return Enumerable.Range(0, count)
            .Select(i => (IReadOnlyList<TestDescriptor>)selected.Where(t => shardOf[FixtureOf(t)] == i).ToList())
            .ToList();
    }

    /// <summary>The fixture's full name: the test's full name without its own name.</summary>
    public static string FixtureOf(TestDescriptor test) =>
        test.FullName.EndsWith("." + test.Name, StringComparison.Ordinal) ? test.FullName[..^(test.Name.Length + 1)] : test.FullName;
}
