using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Certification;

public sealed class WaiverTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateOnly NextMonth = Today.AddMonths(1);

    private static CertificationResult Judge(IReadOnlyList<Waiver> waivers, params TestRecord[] tests) =>
        CertificationJudge.Judge(Compute(), Run(false, tests), Array.Empty<TestDescriptor>(), waivers, Today);

    private static TestRecord[] DeleteFails(TestOutcome outcome = TestOutcome.Failed) =>
        [Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, outcome, "expected 204")];

    [TestCase(DeleteTest)]
    [TestCase(DeleteId)]
    [TestCase("Ours.Delete")]
    public void ActiveWaiver_ByGuidelineNameIdOrOurName_GivesCompliantWithWaivers(string test)
    {
        var result = Judge([new Waiver(test, "known bug 123", NextMonth)], DeleteFails());

        result.Verdict.Should().Be(Verdict.CompliantWithWaivers);
        result.UnwaivedFailures.Should().Be(0);
        result.Tests.Single(t => t.Name == DeleteTest).Waived.Should().Be("known bug 123 (until 2026-12-27)");
        result.Reasons.Single().Should().EndWith("[waived: known bug 123 (until 2026-12-27)]");
        result.Waivers.Single().Effect.Should().Be(WaiverEffect.Applied);
    }

    [Test]
    public void ExpiredWaiver_ExcusesNothing()
    {
        var result = Judge([new Waiver(DeleteId, "known bug 123", Today.AddDays(-1))], DeleteFails());

        result.Verdict.Should().Be(Verdict.NonCompliant);
        result.Waivers.Single().Effect.Should().Be(WaiverEffect.Expired);
    }

    [Test]
    public void WaiverExpiringToday_StillHolds()
    {
        Judge([new Waiver(DeleteId, "r", Today)], DeleteFails()).Verdict.Should().Be(Verdict.CompliantWithWaivers);
    }

    [Test]
    public void WaiverOfAPassingTest_IsUnneededAndTheVerdictPlainCompliant()
    {
        var result = Judge([new Waiver(DeleteId, "r", NextMonth), new Waiver("nothing.at.all", "r", NextMonth)],
            Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Waivers.Select(w => w.Effect).Should().Equal(WaiverEffect.Unneeded, WaiverEffect.Unused);
    }

    [Test]
    public void WaiverOfATestBeyondTheGuideline_ExcusesItsFailureForTheExitCode()
    {
        var tests = DeleteFails(TestOutcome.Passed).Append(Record("Ours.Extra", null, TestOutcome.Failed, "no")).ToArray();

        Judge([], tests).UnwaivedFailures.Should().Be(1);
        var waived = Judge([new Waiver("Ours.Extra", "r", NextMonth)], tests);
        (waived.Verdict, waived.UnwaivedFailures).Should().Be((Verdict.Compliant, 0));
    }

    [Test]
    public void WaiverFile_ReadsEntries()
    {
        var waivers = WaiverFile.Parse("""{ "waivers": [ { "test": "id-f848bb94-1c6e-45a4-8726-39e3a5b23535", "reason": "bug 1", "expires": "2026-12-31" } ] }""", "w.json");

        waivers.Should().Equal(new Waiver(DeleteId, "bug 1", new DateOnly(2026, 12, 31)));
    }

    [TestCase("""{ "waivers": [ { "test": "t", "expires": "2026-12-31" } ] }""", "waivers[0].reason is missing")]
    [TestCase("""{ "waivers": [ { "test": "t", "reason": "r" } ] }""", "waivers[0].expires is missing")]
    [TestCase("""{ "waivers": [ { "test": "t", "reason": "r", "expires": "31/12/2026" } ] }""", "'31/12/2026' is not a date yyyy-MM-dd")]
    [TestCase("""{ "exceptions": [] }""", "has no \"waivers\" array")]
    [TestCase("nope", "is not JSON")]
    public void WaiverFile_Malformed_IsAUsageErrorThatNamesTheEntry(string json, string problem)
    {
        var parse = () => WaiverFile.Parse(json, "w.json");

        parse.Should().Throw<UsageException>().Which.Message.Should().StartWith("--waivers: ").And.Contain(problem);
    }
}
