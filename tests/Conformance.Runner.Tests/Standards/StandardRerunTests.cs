using Conformance.Runner.Configuration;
using Conformance.Runner.Standards;

namespace Conformance.Runner.Tests.Standards;

/// <summary>A rerun of a run that judged SCS: the standard's data and version from the run's facts, a "now" of the rerun's own.</summary>
public sealed class StandardRerunTests
{
    private static readonly DateTimeOffset RerunNow = new(2026, 12, 4, 1, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string> Facts(string data) => new()
    {
        ["standard"] = "SCS-compatible IaaS v5.1",
        ["standard.status"] = "effective",
        ["standard.version"] = "v5.1",
        ["standard.now"] = "2026-12-03T23:00:00Z",
        ["standard.data"] = data,
    };

    [Test]
    public void RerunSettings_RunWithoutStandard_None() =>
        StandardSelection.RerunSettings(new Dictionary<string, string> { ["api.versions"] = "2.16" }, RerunNow).Should().BeNull();

    [Test]
    public void RerunSettings_RunWithStandard_ItsDataAndVersion_ANewNow()
    {
        var data = StandardSelection.DefaultDataFile();
        if (!File.Exists(data))
        {
            Assert.Ignore($"the SCS data {data} is not here");
        }

        var settings = StandardSelection.RerunSettings(Facts(data), RerunNow);

        settings.Should().NotBeNull();
        settings!.ScsDataFile.Should().Be(data);
        settings.ScopeVersion.Should().Be("v5.1");
        settings.Now.Should().Be(RerunNow);
    }

    [Test]
    public void RerunSettings_DataGone_UsageErrorNamesIt()
    {
        var act = () => StandardSelection.RerunSettings(Facts("/nowhere/scs-image-testcases.yaml"), RerunNow);

        act.Should().Throw<UsageException>().WithMessage("*/nowhere/scs-image-testcases.yaml*gone*");
    }

    [Test]
    public void RerunFacts_KeepTheFirstRunsStandardFacts_AndTheRerunsNow()
    {
        var facts = StandardSelection.RerunFacts(Facts("/d.yaml"), new Dictionary<string, string> { ["api.versions"] = "2.16" },
            new Conformance.ImagesApi.Session.StandardCheckSettings("/d.yaml", RerunNow, "v5.1"));

        facts.Should().Contain("standard.now", "2026-12-03T23:00:00Z").And.Contain("rerun.standard.now", "2026-12-04T01:00:00Z")
            .And.Contain("standard.version", "v5.1").And.Contain("api.versions", "2.16");
    }
}
