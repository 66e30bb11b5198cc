namespace Conformance.Runner.Evidence;

/// <summary>
/// What the verdict was judged against, as bundle paths, so that <c>conformance verify</c> can judge the
/// recorded test results again: the guideline, the program, the add-on and its file, the waivers.
/// </summary>
public sealed record EvidenceJudgement(string Guideline, string Target, string? AddOn, string? AddOnGuideline, string? Waivers);
