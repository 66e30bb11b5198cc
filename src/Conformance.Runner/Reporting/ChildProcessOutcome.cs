namespace Conformance.Runner.Reporting;

/// <summary>How an external tool ended and what it printed; the exit code is -1 when it was killed for overrunning.</summary>
internal sealed record ChildProcessOutcome(int ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    /// <summary>The last line of the error stream, where tools say what went wrong, else of the output.</summary>
    public string LastLine() => LastLineOf(StandardError) ?? LastLineOf(StandardOutput) ?? "no output";

    private static string? LastLineOf(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
