namespace Conformance.Runner.Configuration;

/// <summary>Bad input: the message is one line that names the fix; the exit code says what kind.</summary>
public sealed class UsageException(string message, int exitCode = ExitCodes.BadUsage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
