using System.Text.RegularExpressions;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The categories that triage a run's problems, first match wins. The regex is written to work both
/// where Allure 2 matches it against the whole message (Java <c>matches</c>) and where Allure 3
/// searches for it (JavaScript <c>test</c>), and across the lines of a multi-line message.
/// </summary>
internal static class AllureCategories
{
    // Declared before Triage, which is built from them: static initialisers run in the order written.
    private static readonly Dictionary<SkipKind, string> SkippedTitles = new()
    {
        [SkipKind.NotApplicable] = "Not applicable (API version)",
        [SkipKind.NotOffered] = "Not offered",
        [SkipKind.PersonaMissing] = "Persona missing",
        [SkipKind.NotPractical] = "Not practical here",
        [SkipKind.Other] = "Skipped (other)",
    };

    private static readonly Dictionary<SkipKind, string> SkippedDescriptions = new()
    {
        [SkipKind.NotApplicable] = "The behaviour arrived in a later API version than the cloud's CURRENT one: it does not count.",
        [SkipKind.NotOffered] = "The cloud does not offer what the test needs; for a required test this counts against the cloud.",
        [SkipKind.PersonaMissing] = "The test acts as a persona the run was given no credentials for.",
        [SkipKind.NotPractical] = "The suite cannot judge this here (a setting it cannot discover, a source the cloud cannot reach).",
        [SkipKind.Other] = "Skipped for another reason, given in the message.",
    };

    public static IReadOnlyList<AllureCategory> Triage { get; } =
    [
        // Waived and flagged come first: such a failure is known and does not decide the verdict.
        new("Waived", "A waiver (reason, tracker, expiry) excuses this result until it expires.", [AllureStatus.Failed, AllureStatus.Broken, AllureStatus.Skipped])
        {
            MessageRegex = @"Waived: [\s\S]*",
        },
        new("Flagged", "The guideline flags this test: it does not count towards the verdict.", [AllureStatus.Failed, AllureStatus.Broken, AllureStatus.Skipped])
        {
            MessageRegex = @"Flagged in the guideline: [\s\S]*",
        },
        new("Schema violation", "A response broke the schema the API reference publishes for it.", [AllureStatus.Failed])
        {
            MessageRegex = @"[\s\S]*[Ss]chema violation[\s\S]*",
        },
        new("Non-conformance", "The endpoint did not do what a MUST or SHOULD sentence requires.", [AllureStatus.Failed]),
        new("Environment or suite fault", "The test could not judge the endpoint: unreachable, misconfigured, or a suite bug.", [AllureStatus.Broken]),
        // One category per kind of skip; the test wrote its message from the kind (Skip.Because), so the words match.
        .. Enum.GetValues<SkipKind>().Select(kind => new AllureCategory(SkippedTitles[kind], SkippedDescriptions[kind], [AllureStatus.Skipped])
        {
            MessageRegex = Regex.Escape(Skip.Words(kind)) + @": [\s\S]*",
        }),
    ];
}
