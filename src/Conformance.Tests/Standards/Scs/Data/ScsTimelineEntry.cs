namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>From <see cref="Date"/> on, the status of each listed scope version (effective, warn, draft, deprecated).</summary>
public sealed record ScsTimelineEntry(DateOnly Date, IReadOnlyDictionary<string, string> Versions);
