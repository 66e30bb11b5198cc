using System.Collections.Concurrent;

namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>The standard's data, read once per file for all the checks of a run.</summary>
public static class ScsStandardCache
{
    private static readonly ConcurrentDictionary<string, Lazy<ScsStandard>> Read = new(StringComparer.Ordinal);

    public static ScsStandard Get(string path) => Read.GetOrAdd(path, p => new Lazy<ScsStandard>(() => ScsStandardReader.Read(p))).Value;
}
