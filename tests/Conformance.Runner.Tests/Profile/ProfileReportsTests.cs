using Conformance.ImagesApi.Recording;
using Conformance.Runner.Profile;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Profile;

/// <summary>A run with a profile: results.json gets the section with units, summary.md the table and findings, allure-results a chart per figure.</summary>
public sealed class ProfileReportsTests : OutputDirectoryTest
{
    internal static CloudProfile Sample(bool withFinding = true) => new()
    {
        Sizes = [1L << 20],
        Rounds = 3,
        Concurrency = 2,
        Figures =
        [
            new Figure("download 1 MiB", "MB/s", Better.Higher, [100, 120, 80]),
            new Figure("latency GET /v2/images", "ms", Better.Lower, Enumerable.Range(1, 100).Select(i => (double)i).ToList()),
        ],
        NotMeasured = [new NotMeasured("upload 512 MiB", "above the cloud's image size cap of 67108864 bytes")],
        Findings = withFinding
            ? [new ProfileFinding("download of 1 MiB delivered 10 bytes: incomplete or too long", new HttpExchange
            {
                Method = "GET", Url = "https://glance.example.test/v2/images/x/file", Operation = "GET /v2/images/{image_id}/file",
                RequestHeaders = [], Status = 200, RequestId = "req-7",
            })]
            : [],
        Exchanges = 104,
        Retries = 1,
        Errors = 0,
        DurationSeconds = 12.5,
    };

    [Test]
    public async Task JsonResults_ProfileSection_HasFiguresWithUnitsStatisticsAndFindingExchange()
    {
        await new JsonResultsWriter().WriteAsync(SampleRun.Create() with { Profile = Sample() }, Output.Path, CancellationToken.None);

        var profile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Output.Path, JsonResultsWriter.FileName)))!["profile"]!;
        var download = profile["figures"]![0]!;
        (download["name"]!.GetValue<string>(), download["unit"]!.GetValue<string>(), download["better"]!.GetValue<string>()).Should().Be(("download 1 MiB", "MB/s", "higher"));
        (download["count"]!.GetValue<int>(), download["median"]!.GetValue<double>(), download["min"]!.GetValue<double>(), download["max"]!.GetValue<double>())
            .Should().Be((3, 100.0, 80.0, 120.0));
        download["samples"]!.AsArray().Should().HaveCount(3);
        var latency = profile["figures"]![1]!;
        (latency["median"]!.GetValue<double>(), latency["p95"]!.GetValue<double>(), latency["p99"]!.GetValue<double>()).Should().Be((50.5, 95.0, 99.0));
        latency["samples"].Should().BeNull("a hundred exchanges keep only their statistics");
        profile["findings"]![0]!["exchange"]!["requestId"]!.GetValue<string>().Should().Be("req-7");
        profile["notMeasured"]![0]!["figure"]!.GetValue<string>().Should().Be("upload 512 MiB");
        (profile["retries"]!.GetValue<int>(), profile["exchanges"]!.GetValue<int>()).Should().Be((1, 104));
    }

    [Test]
    public async Task JsonResults_RunWithoutProfile_HasNoSection()
    {
        await new JsonResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Output.Path, JsonResultsWriter.FileName)))!.AsObject().ContainsKey("profile").Should().BeFalse();
    }

    [Test]
    public async Task Summary_ProfileTableNotMeasuredAndFindings()
    {
        await new MarkdownWriter().WriteAsync(SampleRun.Create() with { Profile = Sample() }, Output.Path, CancellationToken.None);

        var summary = await File.ReadAllTextAsync(Path.Combine(Output.Path, MarkdownWriter.FileName));
        summary.Should().Contain("## Delivery profile").And.Contain("| download 1 MiB | MB/s | 3 | 100 | 80 | 120 |")
            .And.Contain("upload 512 MiB: above the cloud's image size cap").And.Contain("request req-7");
    }

    [Test]
    public async Task Allure_OneResultWithSvgChartPerFigure_FindingsResultFailed()
    {
        await new ProfileAllureWriter().WriteAsync(SampleRun.Create() with { Profile = Sample() }, Output.Path, CancellationToken.None);

        var directory = Path.Combine(Output.Path, AllureResultsWriter.DirectoryName);
        var results = Directory.GetFiles(directory, "*-result.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        results.Select(r => r["name"]!.GetValue<string>()).Should().BeEquivalentTo(["download 1 MiB", "latency GET /v2/images", "findings"]);
        results.Single(r => r["name"]!.GetValue<string>() == "findings")["status"]!.GetValue<string>().Should().Be("failed");
        var chart = results.Single(r => r["name"]!.GetValue<string>() == "download 1 MiB")["attachments"]![0]!;
        chart["type"]!.GetValue<string>().Should().Be("image/svg+xml");
        var svg = await File.ReadAllTextAsync(Path.Combine(directory, chart["source"]!.GetValue<string>()));
        svg.Should().StartWith("<svg").And.Contain("median 100 MB/s").And.Contain("round 3");
    }
}
