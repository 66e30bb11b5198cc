using Conformance.Runner.SelfTest;

namespace Conformance.Runner.Tests.SelfTest;

public sealed class SelfTestReportTests
{
    private static MutantResult Mutant(string name, MutantVerdict verdict) =>
        new(name, "breaks something", "GET /v2/images", verdict, [], verdict == MutantVerdict.Killed ? ["SomeTest"] : [], 0, 0);

    [Test]
    public void KillRate_LeavesOutTheMutantsThisEndpointCannotJudge_ButNotTheSurvivors()
    {
        var report = new SelfTestReport("http://127.0.0.1:1/", DateTimeOffset.UnixEpoch, 1, 10,
            [Mutant("a", MutantVerdict.Killed), Mutant("b", MutantVerdict.NotApplicable), Mutant("c", MutantVerdict.Survived), Mutant("d", MutantVerdict.NotExercised)]);

        (report.Killed, report.NotApplicable, report.Judged).Should().Be((1, 1, 3));
        report.KillRate.Should().BeApproximately(100.0 / 3, 0.001);
        report.Survivors.Select(m => m.Name).Should().Equal("c", "d");
        SelfTestWriter.Markdown(report).Should().Contain("(1 of 3 mutants); 1 not applicable to this endpoint's API version");
    }

    [Test]
    public void Markdown_WithoutNotApplicableMutants_SaysNothingOfThem()
    {
        var report = new SelfTestReport("http://127.0.0.1:1/", DateTimeOffset.UnixEpoch, 1, 10, [Mutant("a", MutantVerdict.Killed)]);

        SelfTestWriter.Markdown(report).Should().Contain("(1 of 1 mutants).").And.NotContain("not applicable");
    }
}
