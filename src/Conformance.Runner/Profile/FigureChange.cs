namespace Conformance.Runner.Profile;

/// <summary>
/// A figure present in both profiles: its medians, the change from A to B in percent, and how much slower B is
/// (in percent of A's speed: 100 means twice as slow, for throughput and times alike), or 0 when it is not slower.
/// </summary>
public sealed record FigureChange(string Name, string Unit, double Before, double After, double ChangePercent, double SlowerPercent);
