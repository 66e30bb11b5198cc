using System.Text.Json;
using System.Text.RegularExpressions;
using Conformance.Runner.Certification;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>Allure shows where the guideline places each test: severity from its status, and waived or flagged failures in their own categories.</summary>
public sealed class AllureGuidelineStandingTests : OutputDirectoryTest
{
    private const string FlaggedId = "id-99999999-9999-4999-8999-999999999999";

    private async Task<List<JsonElement>> WriteJudgedAsync(IReadOnlyList<Waiver> waivers, params TestRecord[] tests)
    {
        var run = Run(false, tests);
        run = run with { Certification = CertificationJudge.Judge(Compute(), run, [], waivers, new DateOnly(2026, 11, 27)) };
        await new AllureResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        return Directory.GetFiles(Output.File(AllureResultsWriter.DirectoryName), "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
    }

    private static JsonElement Named(List<JsonElement> results, string fullName) =>
        results.Single(r => r.GetProperty("fullName").GetString() == fullName);

    private static List<(string, string)> Labels(JsonElement result) =>
        result.GetProperty("labels").EnumerateArray().Select(l => (l.GetProperty("name").GetString()!, l.GetProperty("value").GetString()!)).ToList();

    private static string Message(JsonElement result) => result.GetProperty("statusDetails").GetProperty("message").GetString()!;

    [Test]
    public async Task Severity_FollowsTheGuidelineStatus()
    {
        var results = await WriteJudgedAsync([],
            Record("Ours.List", ListId, TestOutcome.Failed, "wrong"), Record(OwnTest, OwnId, TestOutcome.Passed), Record("Ours.Extra", null, TestOutcome.Passed));

        Labels(Named(results, "Ours.List")).Should().Contain([("severity", "critical"), ("tag", "required")]);
        Labels(Named(results, OwnTest)).Should().Contain([("severity", "normal"), ("tag", "advisory")]);
        Labels(Named(results, "Ours.Extra")).Should().Contain(("severity", "normal")).And.NotContain(("tag", "required"));
    }

    [Test]
    public async Task FlaggedFailure_IsTaggedAndFallsInTheFlaggedCategory()
    {
        var results = await WriteJudgedAsync([], Record("Ours.Flaky", FlaggedId, TestOutcome.Failed, "timed out"));

        var flaky = Named(results, "Ours.Flaky");
        Labels(flaky).Should().Contain([("tag", "flagged"), ("severity", "normal")]);
        Message(flaky).Should().StartWith("Flagged in the guideline: ").And.EndWith("\ntimed out");
        CategoryOf(Message(flaky), "failed").Should().Be("Flagged");
    }

    [Test]
    public async Task WaivedFailure_SaysWhyAndUntilWhenAndFallsInTheWaivedCategory()
    {
        var results = await WriteJudgedAsync([new Waiver(ListId, "bug 123 in the vendor's proxy", new DateOnly(2027, 1, 31))],
            Record("Ours.List", ListId, TestOutcome.Failed, "answered 500"));

        var waived = Named(results, "Ours.List");
        Labels(waived).Should().Contain(("tag", "waived"));
        Message(waived).Should().StartWith("Waived: bug 123 in the vendor's proxy").And.Contain("2027-01-31").And.EndWith("\nanswered 500");
        CategoryOf(Message(waived), "failed").Should().Be("Waived");
    }

    [Test]
    public async Task OrdinaryFailure_IsNonConformance()
    {
        var results = await WriteJudgedAsync([], Record("Ours.List", ListId, TestOutcome.Failed, "answered 500"));

        Message(Named(results, "Ours.List")).Should().Be("answered 500");
        CategoryOf("answered 500", "failed").Should().Be("Non-conformance");
    }

    // The first category whose statuses and regex match, the regex matched against the whole message as Allure 2 does.
    private static string? CategoryOf(string message, string status) =>
        AllureCategories.Triage.FirstOrDefault(c => c.MatchedStatuses.Contains(status)
            && (c.MessageRegex is null || Regex.IsMatch(message, "^(?:" + c.MessageRegex + ")$")))?.Name;
}
