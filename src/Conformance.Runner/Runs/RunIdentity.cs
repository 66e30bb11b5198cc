using System.Text.RegularExpressions;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Runs;

/// <summary>
/// Who a run is: its id (shared by the shards of one run), its shard if any, and the tag its resources carry
/// (the id for a whole run; the id and the shard for a shard, so that shards running at once never sweep each other's images).
/// Made once per run, here, and passed down: settings carry the tag, results the id and the shard.
/// </summary>
public sealed partial record RunIdentity(string RunId, ShardSpec? Shard)
{
    public string ResourceTag => Shard?.ResourceTag(RunId) ?? RunId;

    /// <summary>A whole run with a new random id: commands without <c>--run-id</c>, and each pass of a self-test.</summary>
    public static RunIdentity New() => new(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..8], null);

    /// <summary>From <c>--run-id</c> and <c>--shard</c>; a new random id when none is given and the run is whole.</summary>
    public static RunIdentity From(string? runId, string? shard)
    {
        var spec = shard is null ? null : ShardSpec.Parse(shard);
        if (runId is null)
        {
            return spec is null
                ? New()
                : throw new UsageException($"--shard {shard} needs --run-id: give every shard of the run the same id (e.g. --run-id ci-$BUILD_NUMBER), so that 'conformance merge' can put them together");
        }
        return Form().IsMatch(runId) ? new RunIdentity(runId, spec)
            : throw new UsageException($"--run-id '{runId}' is not 1 to 32 lowercase letters, digits or '-' (it goes into image names): pass e.g. --run-id nightly-42");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex Form();
}
