using System.Text.Json;
using Conformance.Runner.Coverage;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

public sealed class JsonResultsTests : OutputDirectoryTest
{
    [Test]
    public async Task Write_Document_HasTheDocumentedFields()
    {
        var path = (await new JsonResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None)).Single();

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = document.RootElement;
        root.GetProperty("endpoint").GetString().Should().Be(SampleRun.Endpoint);
        root.GetProperty("runId").GetString().Should().Be(SampleRun.RunId);
        root.GetProperty("partial").GetBoolean().Should().BeFalse();
        root.GetProperty("environment").GetProperty("api.versions").GetString().Should().Be("2.0, 2.16");
        root.GetProperty("summary").GetProperty("error").GetInt32().Should().Be(1);
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        tests.Select(t => t.GetProperty("status").GetString()).Should().Equal("passed", "failed", "error", "skipped", "skipped");
        tests[1].GetProperty("exchanges").GetInt32().Should().Be(1);
        tests.Skip(3).Select(t => t.GetProperty("skipKind").GetString()).Should().Equal("not-offered", "persona-missing");
        tests[1].GetProperty("idempotentId").GetString().Should().Be("3c9d7e21-5a4b-4f0e-8d6c-1b2a3f4e5d60");
        var list = root.GetProperty("capabilities").EnumerateArray().Single(c => c.GetProperty("capability").GetString() == "images-list");
        list.GetProperty("status").GetString().Should().Be("passed");
        list.GetProperty("skipped").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Read_WhatWasWritten_GivesTheSameRunWithoutExchanges()
    {
        var run = SampleRun.Create() with { Partial = true };
        var path = (await new JsonResultsWriter().WriteAsync(run, Output.Path, CancellationToken.None)).Single();

        var read = await JsonResultsReader.ReadAsync(path, CancellationToken.None);

        read.Should().BeEquivalentTo(run, options => options
            .Excluding(r => r.Tests)
            .Using<IReadOnlyDictionary<string, string>>(c => c.Subject.Should().Equal(c.Expectation)).WhenTypeIs<IReadOnlyDictionary<string, string>>());
        // Transcripts are not in the file; their count and the operations they exercised are, and a merge writes them again.
        read.Tests.Should().BeEquivalentTo(run.Tests.Select(t => t with
        {
            Exchanges = [], RecordedExchangeCount = t.Exchanges.Count, RecordedObserved = ObservedExchange.Of(t.Exchanges),
        }), options => options.WithStrictOrdering());
        read.Summary.Should().Be(run.Summary);
    }

    [Test]
    public async Task Read_UnknownStatus_SaysWhichTest()
    {
        var path = (await new JsonResultsWriter().WriteAsync(SampleRun.Create(), Output.Path, CancellationToken.None)).Single();
        var text = (await File.ReadAllTextAsync(path)).Replace("\"status\": \"error\"", "\"status\": \"broken\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);

        var read = () => JsonResultsReader.ReadAsync(path, CancellationToken.None);

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*DeleteImage_Existing_Returns204*unknown status 'broken'*");
    }

    [Test]
    public async Task Read_NotAResultsFile_IsInvalidData()
    {
        var path = Output.File("results.json");
        await File.WriteAllTextAsync(path, """{"endpoint": "x"}""");

        var read = () => JsonResultsReader.ReadAsync(path, CancellationToken.None);

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*not a valid results.json*");
    }

    [Test]
    public void SkipKinds_AllHaveANameThatReadsBack()
    {
        foreach (var kind in Enum.GetValues<Conformance.Tests.Framework.SkipKind>())
        {
            Conformance.Runner.Reporting.SkipKindNames.Parse(Conformance.Runner.Reporting.SkipKindNames.Of(kind)).Should().Be(kind);
        }
    }

    [Test]
    public void Outcomes_AllHaveANameThatReadsBack()
    {
        foreach (var outcome in Enum.GetValues<TestOutcome>())
        {
            Conformance.Runner.Reporting.OutcomeNames.Parse(Conformance.Runner.Reporting.OutcomeNames.Of(outcome)).Should().Be(outcome);
        }
    }
}
