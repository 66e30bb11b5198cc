using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Runs;

/// <summary>One part of a run split over several processes or machines: shard <see cref="Index"/> of <see cref="Count"/>, counted from 1.</summary>
public sealed partial record ShardSpec(int Index, int Count)
{
    /// <summary>Reads <c>I/N</c> (e.g. <c>2/4</c>); anything else is a usage error that names the form.</summary>
    public static ShardSpec Parse(string text)
    {
        var match = Form().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
        {
            throw new UsageException($"--shard '{text}' is not I/N with 1 <= I <= N: pass e.g. --shard 1/2 on one machine and --shard 2/2 on another");
        }
        return new ShardSpec(index, count);
    }

    /// <summary>The tag of this shard's resources, distinct from every other shard's, so that one shard's sweep never deletes another's images.</summary>
    public string ResourceTag(string runId) => $"{runId}-{Index}of{Count}";

    public override string ToString() => $"{Index}/{Count}";

    [GeneratedRegex(@"^(?<index>\d{1,4})/(?<count>\d{1,4})$")]
    private static partial Regex Form();
}
