using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>Every SCS image testcase id the official test implements, and how each is judged over an image set.</summary>
public static class ScsTestcases
{
    /// <summary>The scs-0102 ids (their rules are code); the scs-0104 ids come with the data (their specs).</summary>
    public static IEnumerable<string> MetadataIds =>
        ScsPropertyRules.ById.Keys.Append(ScsRecency.TestcaseId).Append(ScsUniqueness.TestcaseId);

    /// <summary>
    /// The official outcome of one testcase, and, judged for a scope version, the advisories where the version's
    /// <c>image_spec</c> list differs from the official table (never changing the outcome).
    /// </summary>
    public static ScsCheckResult Run(string testcaseId, ScsStandard standard, ScsCheckContext context, string? scopeVersion)
    {
        var result = Run(testcaseId, standard, context);
        var module = scopeVersion is not null && standard.Versions.TryGetValue(scopeVersion, out var version)
            ? version.Modules.Select(m => standard.Modules[m]).FirstOrDefault(m => m.Main.Contains(testcaseId)) : null;
        return module is null || result.Outcome == ScsOutcome.Abort ? result
            : result with { Findings = [.. result.Findings, .. ScsImageSpecAdvisories.For(testcaseId, standard, module, context)] };
    }

    /// <summary>The official outcome of one testcase; an id the standard data does not wire is a usage fault of the caller.</summary>
    public static ScsCheckResult Run(string testcaseId, ScsStandard standard, ScsCheckContext context)
    {
        try
        {
            if (ScsPropertyRules.ById.TryGetValue(testcaseId, out var rule))
            {
                return ScsCheckResult.Of(testcaseId, context.Images.SelectMany(i => rule(i, context.Now)).ToList());
            }
            if (testcaseId == ScsRecency.TestcaseId)
            {
                return ScsRecency.Check(context);
            }
            if (testcaseId == ScsUniqueness.TestcaseId)
            {
                return ScsUniqueness.Check(context);
            }
            if (standard.StandardImageTestcases.TryGetValue(testcaseId, out var wiring))
            {
                var spec = standard.Specs[wiring.SpecKey];
                return wiring.ChecksPresence ? ScsStandardImages.Present(testcaseId, spec, context) : ScsStandardImages.Source(testcaseId, spec, context);
            }
        }
        catch (ScsAbortException abort)
        {
            return ScsCheckResult.Aborted(testcaseId, abort.Message);
        }
        throw new ArgumentException($"{testcaseId} is not an SCS image testcase of {standard.SourcePath}", nameof(testcaseId));
    }
}
