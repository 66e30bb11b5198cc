namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// <c>scs-0102-os_purpose-uniqueness</c>: among public, non-hidden images with <c>os_purpose=generic</c> and both
/// <c>os_distro</c> and <c>os_version</c> set, at most one per (architecture, os_distro, os_version).
/// </summary>
public static class ScsUniqueness
{
    public const string TestcaseId = "scs-0102-os_purpose-uniqueness";

    public static ScsCheckResult Check(ScsCheckContext context)
    {
        var generic = context.Images.Where(i => i.Visibility == "public" && !i.Hidden && i.Text("os_purpose") == "generic"
            && i.Set("os_distro") is not null && i.Set("os_version") is not null);
        var findings = generic
            .GroupBy(i => (Architecture: i.Text("architecture") ?? string.Empty, Distro: i.Set("os_distro")!, Version: i.Set("os_version")!))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(i => i.Finding(ScsFindingKind.Error, "os_purpose",
                $"MUST be unique among public images: {g.Count()} generic images for {g.Key.Distro} {g.Key.Version} ({(g.Key.Architecture.Length == 0 ? "no architecture" : g.Key.Architecture)}): {string.Join(", ", g.Select(o => o.Id))}")))
            .ToList();
        return ScsCheckResult.Of(TestcaseId, findings);
    }
}
