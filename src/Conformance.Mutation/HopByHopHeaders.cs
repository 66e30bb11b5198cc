namespace Conformance.Mutation;

/// <summary>
/// Headers that describe one connection rather than the message (RFC 9110, 7.6.1), so each side of the
/// proxy sets its own. <c>Expect</c> is among them: Kestrel answers <c>100-continue</c> to the client itself.
/// </summary>
internal static class HopByHopHeaders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Expect",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
