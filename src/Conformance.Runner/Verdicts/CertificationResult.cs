using System.Text.Json.Serialization;

namespace Conformance.Runner.Verdicts;

/// <summary>The judgement of a run against a guideline program: verdict, its reasons, RefStack's figures and every judged test.</summary>
public sealed record CertificationResult
{
    public required string GuidelineId { get; init; }
    public required string Program { get; init; }
    public string? AddOn { get; init; }
    public required string Title { get; init; }
    public required Verdict Verdict { get; init; }
    /// <summary>Why it is not compliant, one line per decisive test; empty when compliant.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>The Images API part, by status (required first).</summary>
    public required IReadOnlyList<StatusFigures> Figures { get; init; }
    /// <summary>Capabilities of the program by status over all services, for scale.</summary>
    public required IReadOnlyDictionary<string, int> ProgramCapabilities { get; init; }
    public required IReadOnlyList<ServiceCount> OutOfScope { get; init; }
    public required IReadOnlyList<JudgedTest> Tests { get; init; }
    /// <summary>The suite's tests in this run that no in-scope guideline test names (the suite's own rules).</summary>
    public int BeyondGuideline { get; init; }
    public int BeyondGuidelineFailed { get; init; }
    /// <summary>Tests of the run that failed or errored and no active waiver excuses; with a passing verdict, the run exits 0 only when this is 0.</summary>
    public int UnwaivedFailures { get; init; }
    public IReadOnlyList<WaiverUse> Waivers { get; init; } = [];

    [JsonIgnore]
    public StatusFigures? Required => Figures.FirstOrDefault(f => f.Status == CapabilityStatus.Required);

    /// <summary>One line: <c>compliant: guideline 2020.06, OpenStack Powered Compute: required image tests 20/20 passed, capabilities 5/5</c>.</summary>
    public string Headline() => $"{VerdictNames.Of(Verdict)}: {Detail()}";

    /// <summary>The headline without the verdict word: what was judged and RefStack's required figures.</summary>
    public string Detail()
    {
        var required = Required;
        var figures = required is null ? "no required image tests" : $"required image tests {required.TestsPassed}/{required.Tests} passed, capabilities {required.CapabilitiesPassed}/{required.Capabilities}";
        return $"{Title}: {figures}";
    }
}
