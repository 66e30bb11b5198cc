namespace Conformance.Runner.Evidence;

/// <summary>One file of an evidence bundle: its path in the bundle and the SHA-256 of its bytes, in lower-case hex.</summary>
public sealed record EvidenceFile(string Path, string Sha256);
