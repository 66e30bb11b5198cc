using Conformance.Runner.Configuration;
using Conformance.Runner.MultiCloud;

namespace Conformance.Runner.Tests.MultiCloud;

public sealed class MultiCloudPlanTests
{
    private static MultiCloudPlan? Parse(params string[] args) => MultiCloudPlan.Parse(args, "/reports/default");

    [Test]
    public void Parse_OneCloudOrNone_IsTheOrdinaryRun()
    {
        Parse("run", "--os-cloud", "a", "--output", "/r").Should().BeNull();
        Parse("run", "--endpoint", "http://x").Should().BeNull();
        Parse("compare", "--os-cloud", "a", "--os-cloud", "b").Should().BeNull("only run and profile judge clouds");
    }

    [Test]
    public void Parse_SeveralClouds_OneJobEachWithItsOwnFolderAndTheSharedOptions()
    {
        var plan = Parse("run", "--os-cloud", "vendor-a", "--capability", "images-v2-list", "--os-cloud=vendor-b", "--output", "/r", "--insecure")!;

        plan.Command.Should().Be("run");
        plan.OutputRoot.Should().Be("/r");
        plan.Parallel.Should().Be(MultiCloudPlan.DefaultParallel);
        plan.Clouds.Select(c => c.Cloud).Should().Equal("vendor-a", "vendor-b");
        plan.Clouds.Select(c => c.Folder).Should().Equal(Path.Combine("/r", "vendor-a"), Path.Combine("/r", "vendor-b"));
        plan.Clouds[1].Arguments.Should().Equal("run", "--capability", "images-v2-list", "--insecure",
            "--os-cloud", "vendor-b", "--output", Path.Combine("/r", "vendor-b"));
    }

    [Test]
    public void Parse_SeveralRegions_OneJobPerRegionOfEachCloud()
    {
        var plan = Parse("run", "--os-cloud", "a", "--os-region-name", "RegionOne", "--os-region-name", "RegionTwo", "--os-cloud-admin", "a-admin", "--output", "/r")!;

        plan.Clouds.Select(c => c.Cloud).Should().Equal("a-RegionOne", "a-RegionTwo");
        plan.Clouds[1].Arguments.Should().Equal("run", "--os-cloud", "a", "--output", Path.Combine("/r", "a-RegionTwo"),
            "--os-region-name", "RegionTwo", "--os-cloud-admin", "a-admin");
    }

    [Test]
    public void Parse_OneRegionOfSeveralClouds_PassesItToEach()
    {
        var plan = Parse("run", "--os-cloud", "a", "--os-cloud", "b", "--os-region-name", "RegionOne")!;

        plan.Clouds.Select(c => c.Cloud).Should().Equal("a", "b");
        plan.Clouds.Should().AllSatisfy(c => c.Arguments.Should().ContainInOrder("--os-region-name", "RegionOne"));
    }

    [TestCase("--os-region-name", "r1", "--os-region-name", "r2")]
    [TestCase("--os-cloud", "a", "--os-region-name", "r1", "--os-region-name", "r1")]
    public void Parse_RegionsWithoutACloudOrTwice_IsAUsageError(params string[] options)
    {
        var act = () => Parse(["run", .. options]);

        act.Should().Throw<UsageException>().Where(e => e.ExitCode == ExitCodes.BadUsage && e.Message.Contains("--os-region-name"));
    }

    [Test]
    public void Parse_WithoutOutput_UsesTheDefaultRoot()
    {
        Parse("profile", "--os-cloud", "a", "--os-cloud", "b")!.OutputRoot.Should().Be("/reports/default");
    }

    [Test]
    public void Parse_PersonaOptions_ArePairedWithTheCloudsInOrder()
    {
        var plan = Parse("run", "--os-cloud", "a", "--os-cloud-admin", "a-admin", "--os-cloud", "b", "--os-cloud-admin", "b-admin")!;

        plan.Clouds[0].Arguments.Should().ContainInOrder("--os-cloud-admin", "a-admin").And.NotContain("b-admin");
        plan.Clouds[1].Arguments.Should().ContainInOrder("--os-cloud-admin", "b-admin").And.NotContain("a-admin");
    }

    [Test]
    public void Parse_PersonaOptionNotOncePerCloud_IsAUsageError()
    {
        var act = () => Parse("run", "--os-cloud", "a", "--os-cloud", "b", "--os-cloud-alt", "a-alt");

        act.Should().Throw<UsageException>().Where(e => e.ExitCode == ExitCodes.BadUsage && e.Message.Contains("--os-cloud-alt"));
    }

    [TestCase("0")]
    [TestCase("17")]
    [TestCase("two")]
    public void Parse_ParallelOutOfBounds_IsAUsageError(string parallel)
    {
        var act = () => Parse("run", "--os-cloud", "a", "--os-cloud", "b", "--clouds-parallel", parallel);

        act.Should().Throw<UsageException>().Where(e => e.Message.Contains("--clouds-parallel"));
    }

    [Test]
    public void Parse_Parallel_BoundsTheRunAndIsNotHandedOn()
    {
        var plan = Parse("run", "--os-cloud", "a", "--os-cloud", "b", "--clouds-parallel", "1")!;

        plan.Parallel.Should().Be(1);
        plan.Clouds.Should().AllSatisfy(c => c.Arguments.Should().NotContain("--clouds-parallel"));
    }

    [Test]
    public void Parse_TheSameCloudTwice_IsAUsageError()
    {
        var act = () => Parse("run", "--os-cloud", "a", "--os-cloud", "a");

        act.Should().Throw<UsageException>().Where(e => e.Message.Contains("twice"));
    }

    [Test]
    public void Parse_AnEndpointWithSeveralClouds_IsAUsageError()
    {
        var act = () => Parse("run", "--os-cloud", "a", "--os-cloud", "b", "--endpoint", "http://127.0.0.1:1");

        act.Should().Throw<UsageException>().Where(e => e.Message.Contains("--endpoint"));
    }

    [Test]
    public void Parse_CloudsWhoseFolderNamesCollide_IsAUsageError()
    {
        var act = () => Parse("run", "--os-cloud", "a/b", "--os-cloud", "a:b");

        act.Should().Throw<UsageException>().Where(e => e.Message.Contains("report folder"));
    }

    [TestCase("vendor-a", "vendor-a")]
    [TestCase("region/one", "region_one")]
    [TestCase("..", "cloud")]
    public void FolderName_KeepsWhatAFileNameCanHold(string cloud, string folder) =>
        MultiCloudPlan.FolderName(cloud).Should().Be(folder);
}
