namespace Conformance.Runner.Verdicts;

/// <summary>What one waiver did in a run: it excused a test that did not pass, was not needed, had expired, or named nothing.</summary>
public sealed record WaiverUse(string Test, string Reason, DateOnly Expires, WaiverEffect Effect);
