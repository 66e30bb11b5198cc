namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>The two kinds of scs-0104 testcases: where every matching image comes from, and that one exists.</summary>
public static class ScsStandardImages
{
    /// <summary><c>scs-0104-source-X</c>: every matching image's <c>image_source</c> starts with an allowed prefix; none matching passes.</summary>
    public static ScsCheckResult Source(string testcaseId, ScsImageSpec spec, ScsCheckContext context)
    {
        var findings = spec.Matching(context.Images)
            .Where(i => !spec.SourcePrefixes.Any(p => (i.Text("image_source") ?? string.Empty).StartsWith(p, StringComparison.Ordinal)))
            .Select(i => i.Finding(ScsFindingKind.Error, "image_source", $"as {spec.Describe} MUST start with one of {string.Join(", ", spec.SourcePrefixes)}"))
            .ToList();
        return ScsCheckResult.Of(testcaseId, findings);
    }

    /// <summary><c>scs-0104-image-X</c>: at least one listed image matches.</summary>
    public static ScsCheckResult Present(string testcaseId, ScsImageSpec spec, ScsCheckContext context) =>
        ScsCheckResult.Of(testcaseId, spec.Matching(context.Images).Count > 0 ? []
            : [ScsFinding.OfSet(ScsFindingKind.Error, "name", $"missing image: {spec.Describe} MUST be listed (public, not hidden)")]);
}
