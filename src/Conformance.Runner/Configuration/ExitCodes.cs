namespace Conformance.Runner.Configuration;

/// <summary>The runner's exit codes; each has one meaning so that CI can act on it.</summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int TestsFailed = 1;
    public const int BadUsage = 2;
    public const int EndpointUnreachable = 3;
    public const int Interrupted = 130;
}
