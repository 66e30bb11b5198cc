namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>A module of the SCS scope file (a standard at one version): its testcase ids by target (main decides).</summary>
public sealed record ScsModule(string Id, string Name, string Url, IReadOnlyDictionary<string, IReadOnlyList<string>> Targets)
{
    public const string MainTarget = "main";

    public IReadOnlyList<string> Main => Targets.TryGetValue(MainTarget, out var ids) ? ids : [];
}
