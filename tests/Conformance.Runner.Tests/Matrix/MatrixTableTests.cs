using Conformance.Runner.Matrix;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Matrix;

public sealed class MatrixTableTests
{
    private static readonly MatrixDeployment Swift = new()
    {
        Name = "swift",
        Description = "A single Swift store",
        GlanceVersion = "2:25.1.0",
        Settings = new Dictionary<string, string> { ["stores"] = "swift", ["hash"] = "sha512" },
        SetupSeconds = 21,
        RunSeconds = 145,
    };

    [Test]
    public void Markdown_HasOneRowPerMemberWithItsCountsSettingsAndTimes()
    {
        var markdown = MatrixTable.Markdown([new MatrixMember(Swift, SampleRun.Create())]);

        // SampleRun: 1 passed, 2 skipped, 1 failed, 1 error, 75 s from first to last test.
        markdown.Should().Contain("| swift | 2:25.1.0 | ? | stores=swift, hash=sha512 | 1 | 2 | 1 | 1 | 21 s | 75 s |");
    }

    [Test]
    public void Markdown_GroupsSkipsByReasonAndNamesEveryFailedAndErroredTest()
    {
        var run = SampleRun.Create();
        var markdown = MatrixTable.Markdown([new MatrixMember(Swift, run with { Tests = [.. run.Tests, SampleRun.NotOfferedSkip()] })]);

        markdown.Should().Contain($"- 2 × {SampleRun.NotOffered}\n").And.Contain($"- 1 × {SampleRun.PersonaMissing}\n");
        markdown.Should().Contain($"- failed `{SampleRun.Failed().Name}`").And.Contain($"- error `{SampleRun.Error().Name}`");
        markdown.Should().NotContain($"`{SampleRun.Passed().Name}`", "a passed test is counted, not listed");
    }
}
