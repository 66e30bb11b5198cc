namespace Conformance.Runner.Concurrency;

/// <summary>What the sizing decides after a round: probe at <see cref="Next"/>, or settle on <see cref="Fixtures"/> for the reason given.</summary>
public sealed record SizingStep(int? Next, int Fixtures, string Reason)
{
    public bool Settled => Next is null;

    public static SizingStep Probe(int next, int sofar) => new(next, sofar, string.Empty);

    public static SizingStep Settle(int fixtures, string reason) => new(null, fixtures, reason);
}
