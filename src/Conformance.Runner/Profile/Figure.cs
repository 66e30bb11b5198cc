namespace Conformance.Runner.Profile;

/// <summary>
/// One measured figure of the cloud (e.g. upload throughput at 64 MiB), with every sample it was made of, so that
/// its median and spread are computed here, once, and a reader sees how many samples back it.
/// </summary>
public sealed record Figure(string Name, string Unit, Better Better, IReadOnlyList<double> Samples)
{
    private IReadOnlyList<double> Sorted => Samples.Order().ToList();

    public int Count => Samples.Count;

    /// <summary>The middle sample, or the mean of the two middle ones.</summary>
    public double Median
    {
        get
        {
            var sorted = Sorted;
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Min => Sorted[0];

    public double Max => Sorted[^1];

    /// <summary>How far apart the samples are, as a share of the median: (max - min) / median, in percent.</summary>
    public double SpreadPercent => Median == 0 ? 0 : (Max - Min) / Median * 100;

    /// <summary>The nearest-rank percentile of the samples.</summary>
    public double Percentile(double percent)
    {
        var sorted = Sorted;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
