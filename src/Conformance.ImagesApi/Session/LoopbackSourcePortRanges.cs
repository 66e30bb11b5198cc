using System.Reflection;

namespace Conformance.ImagesApi.Session;

/// <summary>
/// The loopback ports a local web-download source may take, per user, from scripts/lib/loopback-source-ports
/// (embedded at build time): the reference Glance allows exactly these, so the file is the one place they are written.
/// </summary>
public static class LoopbackSourcePortRanges
{
    private const string ResourceName = "loopback-source-ports";

    /// <summary>The suite's own range: the default of <c>--web-download-ports</c>.</summary>
    public static IReadOnlyList<int> Suite { get; } = Read("suite");

    /// <summary>The ports of the line naming <paramref name="user"/>, first to last.</summary>
    public static IReadOnlyList<int> Read(string user)
    {
        using var stream = typeof(LoopbackSourcePortRanges).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from {typeof(LoopbackSourcePortRanges).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var range = reader.ReadToEnd().Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(words => words.Length == 2 && words[0] == user)?[1]
            ?? throw new InvalidOperationException($"{ResourceName} has no line for '{user}'");
        var (first, last) = (int.Parse(range.Split('-')[0]), int.Parse(range.Split('-')[1]));
        return Enumerable.Range(first, last - first + 1).ToList();
    }
}
