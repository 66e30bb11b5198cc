using Conformance.ImagesApi.Recording;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Reporting.Transcripts;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Certification;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>A retried answer is in every report: results.json lists it, the transcript marks it as not final.</summary>
public sealed class RetryReportingTests
{
    private static readonly HttpExchange Retried = new()
    {
        Method = "GET", Url = "http://glance.test/v2/images", Operation = "GET /v2/images", RequestHeaders = [],
        Status = 503, Attempt = 1, Retried = "HTTP 503; attempt 2 of 3 after 0.5 s",
    };

    private static readonly HttpExchange Final = Retried with { Status = 200, Attempt = 2, Retried = null };

    [Test]
    public void ResultsJson_ListsEveryRetriedAnswerOfATest()
    {
        var test = GuidelineFixtures.Record("Ours.List", null, TestOutcome.Passed) with { Exchanges = [Retried, Final] };

        var entry = JsonResultsWriter.ToDocument(GuidelineFixtures.Run(false, test)).Tests.Single();

        entry.Retries.Should().Equal("GET /v2/images attempt 1: HTTP 503; attempt 2 of 3 after 0.5 s");
        entry.Observed.Should().Contain("GET /v2/images 503").And.Contain("GET /v2/images 200");
    }

    [Test]
    public void Transcript_MarksTheRetriedAnswerAndNumbersTheAttempts()
    {
        ExchangeTranscript.Title(Retried).Should().Be("GET /v2/images → 503 (attempt 1, retried)");
        ExchangeTranscript.Title(Final).Should().Be("GET /v2/images → 200 (attempt 2)");
        ExchangeTranscript.For(Retried).Should().Contain("--- not final: retried (HTTP 503; attempt 2 of 3 after 0.5 s) ---");
        ExchangeTranscript.For(Final).Should().Contain("attempt 2").And.NotContain("not final");
    }
}
