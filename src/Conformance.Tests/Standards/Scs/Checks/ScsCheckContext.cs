namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>What every check judges: the image set of the official test (listing order kept) and "now", taken once per run (UTC).</summary>
public sealed record ScsCheckContext(IReadOnlyList<ScsImage> Images, DateTime Now);
