using Conformance.Runner.Commands;

namespace Conformance.Runner.Tests.Configuration;

public sealed class CleanupOptionsTests
{
    [Test]
    public void Neither_RunIdNorAllRuns_IsAnError() =>
        new CleanupOptions().Validate().Message.Should().Contain("--run-id ID").And.Contain("--all-runs");

    [Test]
    public void Both_IsAnError() =>
        new CleanupOptions { RunId = "2db58052", AllRuns = true }.Validate().Successful.Should().BeFalse();

    [TestCase("*")]
    [TestCase("a b")]
    [TestCase("")]
    public void ARunIdThatCannotBeOne_IsAnError(string id) =>
        new CleanupOptions { RunId = id }.Validate().Message.Should().Contain("is not a run id");

    [Test]
    public void OneOfThem_IsFine()
    {
        new CleanupOptions { RunId = "2db58052" }.Validate().Successful.Should().BeTrue();
        new CleanupOptions { AllRuns = true }.Validate().Successful.Should().BeTrue();
    }
}
