using Conformance.Runner.Configuration;
using Conformance.Runner.MultiCloud;

namespace Conformance.Runner.Tests.MultiCloud;

public sealed class CloudIndexTests
{
    private string _root = "";

    [SetUp]
    public void SetUp() => _root = Directory.CreateTempSubdirectory("cloud-index-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    private string Folder(string cloud, string? resultsJson)
    {
        var folder = Path.Combine(_root, cloud);
        Directory.CreateDirectory(folder);
        if (resultsJson is not null)
        {
            File.WriteAllText(Path.Combine(folder, "results.json"), resultsJson);
        }
        return folder;
    }

    [Test]
    public void Write_EachCloudHasItsOwnRow_ADownCloudIsItsOwnErrorAndTheOtherKeepsItsVerdict()
    {
        var up = Folder("up", """
            {"endpoint": "http://127.0.0.1:19941/", "certification": {"verdict": "compliant"},
             "summary": {"total": 3, "passed": 2, "failed": 0, "skipped": 1, "error": 0},
             "profile": {"figures": [{"name": "upload 1 MiB"}, {"name": "download 1 MiB"}], "findings": []}}
            """);
        var down = Folder("down", null);
        CloudOutcome[] outcomes =
        [
            new("up", up, ExitCodes.Passed, CloudResultsReader.Read(up)),
            new("down", down, ExitCodes.EndpointUnreachable, CloudResultsReader.Read(down)),
        ];

        var files = CloudIndex.Write(_root, "run", outcomes);

        files.Should().Equal(Path.Combine(_root, "index.md"), Path.Combine(_root, "index.html"));
        var markdown = File.ReadAllLines(files[0]);
        markdown.Should().Contain("| up | compliant | 0 | http://127.0.0.1:19941/ | 2 | 0 | 1 | 0 | 2 | 0 | [up/](up/) |");
        markdown.Should().Contain("| down | error: the cloud could not be reached (no results) | 3 | - | - | - | - | - | - | - | [down/](down/) |");
        var html = File.ReadAllText(files[1]);
        html.Should().Contain("<a href=\"up/report.html\">").And.Contain("<a href=\"down/console.log\">")
            .And.NotContain("down/report.html", "a cloud without results links its console log only");
    }

    [Test]
    public void Html_EscapesCloudNames() =>
        CloudIndex.Html("run", [new("<b>", Path.Combine(_root, "_b_"), ExitCodes.TestsFailed, null)])
            .Should().Contain("&lt;b&gt;").And.NotContain("<td><b></td>");

    [Test]
    public void State_WithoutAVerdict_FollowsTheExitCode()
    {
        var results = new CloudResults("http://x/", null, 1, 0, 1, 0, 0, 0, 0);

        CloudIndex.State(new("c", _root, ExitCodes.TestsFailed, results)).Should().Be("failed (exit code 1)");
        CloudIndex.State(new("c", _root, ExitCodes.Passed, results with { Failed = 0, Passed = 1 })).Should().Be("passed");
        CloudIndex.State(new("c", _root, 4, null)).Should().Be("error: ended with exit code 4 before writing results");
    }

    [Test]
    public void State_OfAProfileAlone_IsWhatItMeasuredAndFound()
    {
        var profiled = new CloudResults("http://x/", null, 0, 0, 0, 0, 0, 41, 2);

        CloudIndex.State(new("c", _root, ExitCodes.TestsFailed, profiled)).Should().Be("profiled: 41 figures, 2 findings");
    }

    [Test]
    public void Read_BrokenResults_IsNoResults()
    {
        var folder = Folder("broken", "{ not json");

        CloudResultsReader.Read(folder).Should().BeNull();
    }

    [TestCase(new[] { 0, 0 }, 0)]
    [TestCase(new[] { 0, 1 }, 1)]
    [TestCase(new[] { 1, 3, 0 }, 3)]
    [TestCase(new[] { 3, 2 }, 2)]
    [TestCase(new[] { 2, 130, 1 }, 130)]
    public void Worst_IsTheWorstCloudsExitCode(int[] codes, int worst) =>
        MultiCloudRunner.Worst(codes).Should().Be(worst);
}
