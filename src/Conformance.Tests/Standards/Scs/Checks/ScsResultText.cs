using System.Text;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>A testcase's result as text for reports: the official line, what was judged, then every finding by kind.</summary>
public static class ScsResultText
{
    public static string Of(ScsCheckResult result, int judged, DateTime now)
    {
        var text = new StringBuilder();
        var errors = result.Errors.ToList();
        text.Append($"{result.OfficialLine}: {judged} public/community image(s) judged, now {now:yyyy-MM-ddTHH:mm:ssZ}");
        var images = errors.Select(e => e.ImageId).Where(id => id != ScsFinding.NoImage).Distinct().Count();
        text.Append(result.Outcome == ScsOutcome.Fail ? $"; {errors.Count} error(s)" + (images > 0 ? $" on {images} image(s)" : string.Empty) : string.Empty);
        if (result.AbortReason is not null)
        {
            text.Append($"\nabort: {result.AbortReason}");
        }
        foreach (var group in result.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            text.Append($"\n{group.Key.ToString().ToLowerInvariant()}s:");
            foreach (var finding in group)
            {
                text.Append($"\n- {finding}");
            }
        }
        return text.ToString();
    }
}
