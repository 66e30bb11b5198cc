using Conformance.Runner.Certification;
using Conformance.Runner.Comparison;
using Conformance.Runner.Results;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Comparison;

public sealed class RunComparisonTests
{
    private static RunResult Judged(params TestRecord[] tests)
    {
        var run = Run(false, tests);
        return run with { Certification = CertificationJudge.Judge(Compute(), run, []) };
    }

    [Test]
    public void Of_SortsEveryTestIntoItsKind()
    {
        var before = Run(false, Record("T.Regress", null, TestOutcome.Passed), Record("T.Fix", null, TestOutcome.Error), Record("T.Skip", null, TestOutcome.Passed),
            Record("T.Same", null, TestOutcome.Failed), Record("T.Gone", null, TestOutcome.Passed));
        var after = Run(false, Record("T.Regress", null, TestOutcome.Failed, "now 500"), Record("T.Fix", null, TestOutcome.Passed), Record("T.Skip", null, TestOutcome.Skipped),
            Record("T.Same", null, TestOutcome.Failed), Record("T.New", null, TestOutcome.Passed));

        var comparison = RunComparison.Of(before, after);

        comparison.Changes.Select(c => (c.FullName, c.Kind)).Should().Equal(
            ("T.Fix", ChangeKind.Fixed), ("T.Gone", ChangeKind.Removed), ("T.New", ChangeKind.Added), ("T.Regress", ChangeKind.Regressed),
            ("T.Same", ChangeKind.Unchanged), ("T.Skip", ChangeKind.Changed));
        comparison.Changes.Single(c => c.Kind == ChangeKind.Regressed).Reason.Should().Be("now 500");
        comparison.ClosingLine().Should().Be("1 regressed, 1 fixed, 1 changed, 1 added, 1 removed, 1 unchanged");
        comparison.IsWorse.Should().BeTrue();
    }

    [Test]
    public void IsWorse_WhenTheVerdictStopsPassingWithoutARegression()
    {
        var before = Judged(Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed));
        var after = Judged(Record("Ours.List", ListId, TestOutcome.Passed));

        var comparison = RunComparison.Of(before, after);

        (comparison.VerdictBefore, comparison.VerdictAfter).Should().Be(("compliant", "incomplete"));
        comparison.Count(ChangeKind.Regressed).Should().Be(0);
        comparison.IsWorse.Should().BeTrue();
    }

    [Test]
    public void IsWorse_WhenTheStandardVerdictJudgedBesideStopsPassing()
    {
        var passing = Judged(Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed));
        var before = passing with { StandardCertification = passing.Certification };
        var after = passing with { StandardCertification = Judged(Record("Ours.List", ListId, TestOutcome.Passed)).Certification };

        var comparison = RunComparison.Of(before, after);

        (comparison.VerdictBefore, comparison.VerdictAfter).Should().Be(("compliant", "compliant"));
        (comparison.StandardVerdictBefore, comparison.StandardVerdictAfter).Should().Be(("compliant", "incomplete"));
        comparison.IsWorse.Should().BeTrue();
        RunComparison.Of(before, before).IsWorse.Should().BeFalse("the same two verdicts are not worse");
    }

    [Test]
    public void IsWorse_NotWhenOnlyFixed()
    {
        var before = Judged(Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Failed));
        var after = Judged(Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed));

        RunComparison.Of(before, after).IsWorse.Should().BeFalse();
    }
}
