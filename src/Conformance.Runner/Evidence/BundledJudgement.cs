using Conformance.Runner.Certification;

namespace Conformance.Runner.Evidence;

/// <summary>What a bundle's run was judged with, read back from the copies in the bundle: the scope and the waivers.</summary>
public sealed record BundledJudgement(CertificationScope Scope, string Target, IReadOnlyList<Waiver> Waivers, string? WaiversPath)
{
    /// <exception cref="InvalidDataException">A bundled guideline is not one.</exception>
    /// <exception cref="FileNotFoundException">A bundled file is missing.</exception>
    public static async Task<BundledJudgement> LoadAsync(string bundle, EvidenceJudgement judgement, CancellationToken cancellationToken)
    {
        var guideline = await GuidelineReader.ReadAsync(Path.Combine(bundle, judgement.Guideline), cancellationToken);
        var addOn = judgement.AddOnGuideline is null ? null : await GuidelineReader.ReadAsync(Path.Combine(bundle, judgement.AddOnGuideline), cancellationToken);
        var waiversPath = judgement.Waivers is null ? null : Path.Combine(bundle, judgement.Waivers);
        var waivers = waiversPath is null ? [] : await WaiverFile.ReadAsync(waiversPath, cancellationToken);
        return new BundledJudgement(GuidelineSelection.Select(guideline, judgement.Target, addOn, judgement.AddOn), judgement.Target, waivers, waiversPath);
    }
}
