namespace Conformance.Runner.Profile;

/// <summary>Which way a figure improves: throughput up, times down.</summary>
public enum Better
{
    Higher,
    Lower,
}
