using System.Text.Json;
using Conformance.Runner.Certification;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Tests.Certification;

namespace Conformance.Runner.Tests.Reporting;

public sealed class AllureResultsWriterTests : OutputDirectoryTest
{
    [Test]
    public async Task Write_OneResultPerTest_WithMappedStatuses()
    {
        await WriteAsync();

        var results = ReadResults();
        results.Should().HaveCount(5);
        StatusOf(results, "ListImages_Default_ReturnsImages").Should().Be("passed");
        StatusOf(results, "CreateImage_WithName_ReturnsQueuedImage").Should().Be("failed");
        StatusOf(results, "DeleteImage_Existing_Returns204").Should().Be("broken");
        StatusOf(results, "ImportImage_WebDownload_Accepted").Should().Be("skipped");
    }

    [Test]
    public async Task Write_Result_CarriesIdentityDescriptionAndLabels()
    {
        await WriteAsync();

        var failed = Find(ReadResults(), "CreateImage_WithName_ReturnsQueuedImage");
        failed.GetProperty("testCaseId").GetString().Should().Be("3c9d7e21-5a4b-4f0e-8d6c-1b2a3f4e5d60");
        failed.GetProperty("description").GetString().Should().Be(SampleRun.Failed().Requirement);
        failed.GetProperty("stage").GetString().Should().Be("finished");
        failed.GetProperty("statusDetails").GetProperty("message").GetString().Should().Be(SampleRun.SchemaFailure);
        failed.GetProperty("stop").GetInt64().Should().Be(failed.GetProperty("start").GetInt64() + 350);
        Labels(failed).Should().Contain(
        [
            ("epic", "interop 2020.06 (images)"), ("feature", "images-create"), ("story", "POST /v2/images"),
            ("suite", "images-create"), ("tag", "images-create"), ("tag", "Member"), ("severity", "normal"),
            ("idempotent_id", "3c9d7e21-5a4b-4f0e-8d6c-1b2a3f4e5d60"),
        ]);
    }

    [Test]
    public async Task Write_SkippedTestWithoutOperation_TellsReasonAndFallsBackToCapabilityStory()
    {
        await WriteAsync();

        var skipped = Find(ReadResults(), "ImportImage_WebDownload_Accepted");
        skipped.GetProperty("statusDetails").GetProperty("message").GetString().Should().Be(SampleRun.NotOffered);
        Labels(skipped).Should().Contain(("story", "images-import"));
        Labels(skipped).Select(l => l.Name).Should().NotContain("idempotent_id");
    }

    [Test]
    public async Task Write_ScsCheck_HasItsTestcaseIdAsStory()
    {
        var check = SampleRun.Passed() with
        {
            Name = "scs-0102-prop-architecture", FullName = "Conformance.Tests.Standards.Scs.ScsImageStandardTests.scs-0102-prop-architecture",
            Capability = "scs-0102-image-metadata", IdempotentId = "scs-0102-prop-architecture", Operation = "GET /v2/images",
        };

        await new AllureResultsWriter().WriteAsync(SampleRun.Create() with { Tests = [check] }, Output.Path, CancellationToken.None);

        Labels(ReadResults().Single()).Should().Contain([("feature", "scs-0102-image-metadata"), ("story", "scs-0102-prop-architecture")]);
    }

    [Test]
    public async Task Write_ScsCheckJudgedBesideAGuideline_HasTheStandardAsEpic()
    {
        var check = SampleRun.Passed() with { Name = "scs-0102-prop-architecture", Capability = "scs-0102-image-metadata", IdempotentId = "scs-0102-prop-architecture" };
        var guidelineTest = SampleRun.Failed();
        var run = SampleRun.Create() with { Tests = [check, guidelineTest] };
        var standard = CertificationJudge.Judge(GuidelineFixtures.Compute(), run, []) with { Title = "guideline scs-compatible-iaas-v5.1, SCS-compatible IaaS v5.1" };

        await new AllureResultsWriter().WriteAsync(run with { StandardCertification = standard }, Output.Path, CancellationToken.None);

        Labels(Find(ReadResults(), check.Name)).Should().Contain(("epic", standard.Title));
        Labels(Find(ReadResults(), guidelineTest.Name)).Should().Contain(("epic", run.Target));
    }

    [Test]
    public async Task Write_EachExchange_BecomesAReadableTranscriptWithCurl()
    {
        await WriteAsync();

        var failed = Find(ReadResults(), "CreateImage_WithName_ReturnsQueuedImage");
        var attachment = failed.GetProperty("attachments").EnumerateArray().Single();
        attachment.GetProperty("type").GetString().Should().Be("text/plain");
        attachment.GetProperty("name").GetString().Should().Contain("POST /v2/images").And.Contain("201");
        var transcript = await File.ReadAllTextAsync(Output.File(AllureResultsWriter.DirectoryName, attachment.GetProperty("source").GetString()!));

        transcript.Should().StartWith($"POST {SampleRun.Endpoint}/v2/images")
            .And.Contain("X-Auth-Token: ***").And.Contain("HTTP 201").And.Contain("\"status\": \"bogus\"")
            .And.Contain("schema 'image' at /status: value is not one of the allowed values (request req-2)");
        var curl = transcript.Split('\n').Single(line => line.StartsWith("curl ", StringComparison.Ordinal));
        curl.Should().Contain("-H \"X-Auth-Token: $OS_TOKEN\"").And.Contain("-H \"X-Service-Token: $OS_SERVICE_TOKEN\"")
            .And.NotContain("***").And.NotContain("Content-Length")
            .And.Contain("--data-raw '{\"name\": \"conformance-it'\\''s-me\"}'");
    }

    [Test]
    public async Task Write_TestOutput_IsAttachedToo()
    {
        await WriteAsync();

        var passed = Find(ReadResults(), "ListImages_Default_ReturnsImages");
        passed.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString())
            .Should().Equal("1. GET /v2/images → 200", "test output");
    }

    [Test]
    public async Task Write_EnvironmentAndCategories()
    {
        await WriteAsync();

        var environment = await File.ReadAllTextAsync(Output.File(AllureResultsWriter.DirectoryName, "environment.properties"));
        environment.Should().Contain("Endpoint=https\\://glance.example.test\\:9292\n").And.Contain($"RunId={SampleRun.RunId}\n")
            .And.Contain("SuiteVersion=0.1.0+abc1234\n").And.Contain("api.versions=2.0, 2.16\n");
        using var categories = JsonDocument.Parse(await File.ReadAllTextAsync(Output.File(AllureResultsWriter.DirectoryName, "categories.json")));
        categories.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Should().Equal(
            "Waived", "Flagged", "Schema violation", "Non-conformance", "Environment or suite fault",
            "Not applicable (API version)", "Not offered", "Persona missing", "Not practical here", "Skipped (other)");
        var schema = categories.RootElement[2];
        schema.GetProperty("matchedStatuses").EnumerateArray().Select(s => s.GetString()).Should().Equal("failed");
        System.Text.RegularExpressions.Regex.IsMatch(SampleRun.SchemaFailure, "^(?:" + schema.GetProperty("messageRegex").GetString() + ")$")
            .Should().BeTrue("Allure 2 matches the whole message, over several lines");
    }

    [Test]
    public async Task Write_Twice_ReplacesTheSameFiles()
    {
        var first = await WriteAsync();
        var second = await WriteAsync();

        second.Should().BeEquivalentTo(first);
        Directory.GetFiles(Output.File(AllureResultsWriter.DirectoryName)).Should().HaveCount(first.Count);
    }

    [Test]
    public async Task Write_ResultsOfAnEarlierRun_AreRemoved()
    {
        await WriteAsync();
        var otherRun = SampleRun.Create() with { RunId = "another-run", Tests = [SampleRun.Passed()] };

        await new AllureResultsWriter().WriteAsync(otherRun, Output.Path, CancellationToken.None);

        ReadResults().Should().ContainSingle();
    }

    private Task<IReadOnlyList<string>> WriteAsync() =>
        new AllureResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None);

    private List<JsonElement> ReadResults() =>
        Directory.GetFiles(Output.File(AllureResultsWriter.DirectoryName), "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();

    private static JsonElement Find(List<JsonElement> results, string name) =>
        results.Single(r => r.GetProperty("name").GetString() == name);

    private static string? StatusOf(List<JsonElement> results, string name) => Find(results, name).GetProperty("status").GetString();

    private static List<(string Name, string Value)> Labels(JsonElement result) =>
        result.GetProperty("labels").EnumerateArray()
            .Select(l => (l.GetProperty("name").GetString()!, l.GetProperty("value").GetString()!)).ToList();
}
