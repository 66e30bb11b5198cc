using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Selection;

/// <summary>
/// Which of a guideline's tests <c>--only</c> picks: those of the program's capabilities of these statuses, and with
/// <see cref="Unlisted"/> those of Images API capabilities the file defines but no program lists (2020.06's
/// <c>images-v2-import</c>), as refstack-client runs a guideline's test list of one type.
/// </summary>
public sealed record StatusChoice(IReadOnlySet<CapabilityStatus> Statuses, bool Unlisted)
{
    public const string UnlistedName = "unlisted";

    public static readonly string Known = "required, advisory, deprecated, removed or " + UnlistedName;

    /// <summary>The values of every <c>--only</c> (each may be a comma-separated list); none given picks nothing.</summary>
    public static StatusChoice? Parse(IEnumerable<string> values)
    {
        var words = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var statuses = new HashSet<CapabilityStatus>();
        var unlisted = false;
        foreach (var word in words)
        {
            if (string.Equals(word, UnlistedName, StringComparison.OrdinalIgnoreCase))
            {
                unlisted = true;
            }
            else if (Enum.TryParse<CapabilityStatus>(word, ignoreCase: true, out var status) && !int.TryParse(word, out _))
            {
                statuses.Add(status);
            }
            else
            {
                throw new UsageException($"--only {word}: not a status of a guideline's capabilities: pass {Known}");
            }
        }
        return new StatusChoice(statuses, unlisted);
    }

    public override string ToString() =>
        string.Join("+", Statuses.Order().Select(s => s.ToString().ToLowerInvariant()).Concat(Unlisted ? [UnlistedName] : []));
}
