namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The categories that triage a run's problems, first match wins. The regex is written to work both
/// where Allure 2 matches it against the whole message (Java <c>matches</c>) and where Allure 3
/// searches for it (JavaScript <c>test</c>), and across the lines of a multi-line message.
/// </summary>
internal static class AllureCategories
{
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
        new("Not offered / persona missing", "The capability is not offered by the cloud, or the test's persona is not configured.", [AllureStatus.Skipped]),
    ];
}
