using Conformance.Runner.Coverage;
using Conformance.Runner.Reporting.Json;

namespace Conformance.Runner.Tests.Coverage;

public sealed class CoverageTableTests
{
    [Test]
    public void Split_QuotedFieldWithCommasAndQuotes_IsOneField() =>
        CsvTable.Split("a,\"400, 401\",\"say \"\"hi\"\"\",").Should().Equal("a", "400, 401", "say \"hi\"", "");

    [Test]
    public void Markdown_MatchesEndpointsByRouteShapeAndTempestTestsById()
    {
        var run = new JsonResultsDocument
        {
            Endpoint = "http://127.0.0.1:1/", RunId = "r1", Target = "t", SuiteVersion = "v",
            StartedAt = DateTimeOffset.UnixEpoch, FinishedAt = DateTimeOffset.UnixEpoch,
            Environment = new Dictionary<string, string> { ["api.current"] = "v2.16" },
            Tests =
            [
                new JsonTestEntry
                {
                    Name = "ShowImage_NonExistent_Answers404", FullName = "X.ShowImage_NonExistent_Answers404", Capability = "images-v2-get",
                    Requirement = "r.", Persona = "Member", Status = "passed", IdempotentId = "id-668743d5-08ad-4480-b2b8-15da34f81d9f",
                    Observed = ["GET /v2/images/{image_id} 404"],
                },
            ],
        };
        IReadOnlyDictionary<string, string>[] endpoints =
        [
            new Dictionary<string, string> { ["method"] = "GET", ["path"] = "/v2/images/{image_id}", ["normal_codes"] = "200", ["error_codes"] = "400, 404" },
            new Dictionary<string, string> { ["method"] = "GET", ["path"] = "/v2/info/usage", ["normal_codes"] = "200", ["error_codes"] = "" },
            new Dictionary<string, string> { ["method"] = "POST", ["path"] = "/v2/cache/prune", ["since_versions_mentioned"] = "2.18", ["normal_codes"] = "200", ["error_codes"] = "403" },
        ];
        IReadOnlyDictionary<string, string>[] tempest =
        [
            new Dictionary<string, string> { ["file"] = "t.py", ["class"] = "C", ["test"] = "test_get_non_existent_image", ["idempotent_id"] = "668743d5-08ad-4480-b2b8-15da34f81d9f", ["test_decorators"] = "" },
            new Dictionary<string, string> { ["file"] = "tempest/api/image/v2/test_images_dependency.py", ["class"] = "D", ["test"] = "test_x", ["idempotent_id"] = "00000000-0000-0000-0000-000000000000", ["test_decorators"] = "" },
        ];

        var markdown = CoverageTable.Markdown(run, endpoints, tempest);

        markdown.Should().Contain("1 of 3 documented endpoints exercised")
            .And.Contain("| GET | `/v2/images/{image_id}` | 200, 400, 404 | 404 | `ShowImage_NonExistent_Answers404` |")
            .And.Contain("| GET | `/v2/info/usage` | 200 | - | **none**: not covered yet |")
            .And.Contain("| POST | `/v2/cache/prune` | 200, 403 | - | **none**: needs API 2.18; the endpoint offers 2.16 |")
            .And.Contain("1 of 2 mirrored")
            .And.Contain("| D.test_x | 00000000-0000-0000-0000-000000000000 | needs the compute service");
    }
}
