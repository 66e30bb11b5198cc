using Conformance.Runner.Certification;
using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Conformance.Runner.Verdicts;
using Conformance.Tests.Framework;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Certification;

public sealed class CertificationJudgeTests
{
    private const string OurList = "Conformance.Tests.Capabilities.ImagesV2Index.ListImagesTests.ListImages_WithoutParameters_IncludesOwnImages";
    private const string OurDelete = "Conformance.Tests.Capabilities.ImagesV2Delete.DeleteImageTests.DeleteImage_OwnImage_Answers204AndImageIsGone";

    private static readonly IReadOnlyList<TestDescriptor> Suite =
    [
        new(OurList[(OurList.LastIndexOf('.') + 1)..], OurList, "images-v2-index", ListId, "r", null, "Member", null),
        new(OurDelete[(OurDelete.LastIndexOf('.') + 1)..], OurDelete, "images-v2-delete", DeleteId, "r", null, "Member", null),
        new("DownloadImageData_SingleRange_Answers206WithThoseBytes", OwnTest, "images-v2-data", null, "r", null, "Member", null),
    ];

    private static CertificationResult Judge(params TestRecord[] tests) => Judge(false, tests);

    private static CertificationResult Judge(bool partial, params TestRecord[] tests) =>
        CertificationJudge.Judge(Compute(), Run(partial, tests), Suite);

    [Test]
    public void Judge_EveryRequiredTestPassed_IsCompliantWithRefStackFigures()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Passed),
            Record(OwnTest, null, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Reasons.Should().BeEmpty();
        result.Figures.Should().Equal(
            new StatusFigures(CapabilityStatus.Required, 2, 2, 2, 2, 1),
            new StatusFigures(CapabilityStatus.Advisory, 1, 1, 1, 1, 0));
        result.Headline().Should().Be("compliant: guideline fixture.2020.06, OpenStack Powered Compute: required image tests 2/2 passed, capabilities 2/2");
        result.ProgramCapabilities.Should().Equal(new Dictionary<string, int> { ["required"] = 4, ["advisory"] = 1 });
    }

    [Test]
    public void Judge_RequiredTestFailed_IsNonCompliantAndSaysWhich()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Failed, "expected 204\nbut got 200"));

        result.Verdict.Should().Be(Verdict.NonCompliant);
        result.Reasons.Should().Equal($"{DeleteTest} (images-v2-delete): failed: expected 204");
        result.Required!.Should().Be(new StatusFigures(CapabilityStatus.Required, 1, 2, 1, 2, 1));
    }

    [Test]
    public void Judge_RequiredFeatureNotOffered_IsNonCompliant()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed),
            Record(OurDelete, DeleteId, TestOutcome.Skipped, "not offered: deletion (discovered: none)", SkipKind.NotOffered));

        result.Verdict.Should().Be(Verdict.NonCompliant);
    }

    [Test]
    public void Judge_SkipTypedOtherThoughWordedNotOffered_IsIncomplete()
    {
        // The judge reads the type the test gave, never the words of its reason.
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed),
            Record(OurDelete, DeleteId, TestOutcome.Skipped, "not offered: deletion (discovered: none)", SkipKind.NotPractical));

        result.Verdict.Should().Be(Verdict.Incomplete);
    }

    [Test]
    public void Judge_RequiredBehaviourNewerThanTheCloud_IsNotApplicableAndDoesNotCount()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed),
            Record(OurDelete, DeleteId, TestOutcome.Skipped, "not applicable: the behaviour arrived in API 2.7", SkipKind.NotApplicable));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Tests.Single(t => t.IdempotentId == DeleteId).Outcome.Should().Be(GuidelineOutcome.NotApplicable);
        result.Required!.Tests.Should().Be(1, "a test that does not apply to the cloud's API version is not counted");
        result.Required.NotApplicable.Should().Be(1);
    }

    [TestCase(TestOutcome.Error, "connection reset", "error: connection reset")]
    [TestCase(TestOutcome.Skipped, "persona missing: AltMember", "skipped: persona missing: AltMember")]
    public void Judge_RequiredTestNotJudged_IsIncomplete(TestOutcome outcome, string reason, string said)
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, outcome, reason));

        result.Verdict.Should().Be(Verdict.Incomplete);
        result.Reasons.Should().Equal($"{DeleteTest} (images-v2-delete): {said}");
    }

    [Test]
    public void Judge_RequiredTestOfTheSuiteNotRun_IsIncomplete()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Incomplete);
        result.Tests.Single(t => t.Name == DeleteTest).Outcome.Should().Be(GuidelineOutcome.NotRun);
    }

    [Test]
    public void Judge_RequiredTestTheSuiteDoesNotHave_IsNotInSuite()
    {
        var result = CertificationJudge.Judge(Compute(), Run(false, Record(OurList, ListId, TestOutcome.Passed)), Suite.Take(1).ToList());

        result.Verdict.Should().Be(Verdict.Incomplete);
        result.Tests.Single(t => t.Name == DeleteTest).Outcome.Should().Be(GuidelineOutcome.NotInSuite);
    }

    [Test]
    public void Judge_InterruptedRun_IsIncompleteEvenIfAllPassed()
    {
        var result = Judge(partial: true, Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Incomplete);
        result.Reasons.Should().ContainMatch("*interrupted*");
    }

    [Test]
    public void Judge_AdvisoryFailureAndTestsBeyond_DoNotDecideButAreCounted()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Passed),
            Record(OwnTest, null, TestOutcome.Failed, "416 expected"), Record("Conformance.Tests.Other.T.Extra", null, TestOutcome.Failed));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Figures.Single(f => f.Status == CapabilityStatus.Advisory).TestsPassed.Should().Be(0);
        (result.BeyondGuideline, result.BeyondGuidelineFailed).Should().Be((1, 1));
    }

    [Test]
    public void Judge_MatchesByAliasOrFullNameWithoutAnId()
    {
        var result = Judge(Record(ListAlias, null, TestOutcome.Passed), Record(DeleteTest, null, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Tests.Single(t => t.Name == ListTest).MatchedTests.Should().Equal(ListAlias);
    }

    [Test]
    public void Judge_IdWithoutPrefixOrInOtherCase_StillMatches()
    {
        var result = Judge(Record(OurList, ListId[3..].ToUpperInvariant(), TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.Compliant);
    }

    [Test]
    public void Judge_TwoOfOurTestsForOneGuidelineTest_TakesTheWorst()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurList + "Again", ListId, TestOutcome.Failed, "no"),
            Record(OurDelete, DeleteId, TestOutcome.Passed));

        result.Verdict.Should().Be(Verdict.NonCompliant);
        result.Tests.Single(t => t.Name == ListTest).MatchedTests.Should().HaveCount(2);
    }

    [Test]
    public void Judge_FlaggedTestFailing_DoesNotCount()
    {
        var result = Judge(Record(OurList, ListId, TestOutcome.Passed), Record(OurDelete, DeleteId, TestOutcome.Passed),
            Record("Ours.Flaky", "id-99999999-9999-4999-8999-999999999999", TestOutcome.Failed, "flaky"));

        result.Verdict.Should().Be(Verdict.Compliant);
        result.Tests.Single(t => t.Name == FlaggedTest).Flagged.Should().Be("D401 flaky");
    }
}
