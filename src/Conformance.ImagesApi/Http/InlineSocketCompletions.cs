namespace Conformance.ImagesApi.Http;

/// <summary>
/// Has the runtime run the continuation of a socket operation on the thread that saw the socket ready (its epoll
/// thread), not on a thread-pool thread it wakes for it. On a small machine shared with the server under test, that
/// hop per read was what kept the client's download at 45% to 70% of curl's speed: the pool's threads woke and spun
/// for each one and took CPU from the server (measured 2026-12-04, docs/BENCHMARK.md). The runtime reads the switch
/// once, from the environment, when the first socket is made: so the runner sets it first thing, in-process. It holds
/// for every socket of the process: continuations must not block, which the banned-symbols list already keeps.
/// </summary>
public static class InlineSocketCompletions
{
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Switches it on unless the environment already says either way (the operator's choice stands).</summary>
    /// <returns>Whether it is on.</returns>
    public static bool Enable(Func<string, string?> read, Action<string, string> write)
    {
        if (read(Variable) is { } chosen)
        {
            return chosen == "1";
        }
        write(Variable, "1");
        return true;
    }

    /// <summary>For the process itself: call before any socket exists.</summary>
    public static bool Enable() => Enable(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);
}
