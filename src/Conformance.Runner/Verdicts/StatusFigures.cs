namespace Conformance.Runner.Verdicts;

/// <summary>
/// RefStack's figures for one status of the Images API part: capabilities whose every unflagged test
/// passed, and tests passed, each out of the total; flagged tests, and tests of behaviours newer than the cloud's
/// API version (not applicable), are counted apart.
/// </summary>
public sealed record StatusFigures(CapabilityStatus Status, int CapabilitiesPassed, int Capabilities, int TestsPassed, int Tests, int Flagged,
    int NotApplicable = 0);
