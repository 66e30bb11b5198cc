namespace Conformance.Runner.Verdicts;

/// <summary>How much of a program belongs to one service the suite does not test (e.g. nova: 30 capabilities, 120 tests).</summary>
public sealed record ServiceCount(string Service, int Capabilities, int RequiredCapabilities, int Tests);
