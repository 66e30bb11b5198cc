namespace Conformance.Runner.MultiCloud;

/// <summary>How one cloud's own run ended: its exit code and, when it wrote one, what its results.json says.</summary>
public sealed record CloudOutcome(string Cloud, string Folder, int ExitCode, CloudResults? Results);

/// <summary>The part of a cloud's results.json the index shows.</summary>
public sealed record CloudResults(string? Endpoint, string? Verdict, int Total, int Passed, int Failed, int Skipped, int Error,
    int ProfileFigures, int ProfileFindings);
