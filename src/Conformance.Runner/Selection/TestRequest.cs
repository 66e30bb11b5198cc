using System.Text.RegularExpressions;
using Conformance.Runner.Certification;

namespace Conformance.Runner.Selection;

/// <summary>
/// One test asked for by <c>--test</c> or a line of <c>--test-list</c>: an idempotent id (bare or <c>id-…</c>), a test
/// name (Tempest's, as a guideline names it, or ours, full or short), or a line of a Tempest/refstack-client test
/// list, <c>name[id-…,smoke]</c>, which carries both.
/// </summary>
public sealed partial record TestRequest(string Text, string? IdempotentId, string? Name)
{
    public static TestRequest Parse(string text)
    {
        var trimmed = text.Trim();
        var listed = ListLine().Match(trimmed);
        if (listed.Success)
        {
            var id = listed.Groups["attrs"].Value.Split(',', StringSplitOptions.TrimEntries)
                .FirstOrDefault(a => a.StartsWith("id-", StringComparison.OrdinalIgnoreCase) && Uuid().IsMatch(a[3..]));
            return new TestRequest(trimmed, id is null ? null : GuidelineTestMatcher.Bare(id), listed.Groups["name"].Value);
        }
        var bare = GuidelineTestMatcher.Bare(trimmed);
        return Uuid().IsMatch(bare) ? new TestRequest(trimmed, bare, null) : new TestRequest(trimmed, null, trimmed);
    }

    [GeneratedRegex(@"^(?<name>[^\[\]\s]+)\[(?<attrs>[^\]]*)\]$")]
    private static partial Regex ListLine();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();
}
