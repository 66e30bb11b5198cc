using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on range forms, refused data and imports, stores and the cache API, on canned exchanges.</summary>
public sealed class CatalogTransferExtraMutantTests
{
    private const string CacheJson = """
        {"cached_images": [{"image_id": "c5efae25-532a-4fb1-bdea-9c31033cf7d8", "hits": 0, "size": 12}],
         "queued_images": ["0b3a6e5c-1111-4e1c-9f00-000000000001"]}
        """;

    // The Range header the upstream sees, or null when the mutant left the request alone.
    private static string? RangeAfter(string mutant, string range)
    {
        var request = Canned.Request(Named(mutant).Operation, $"/v2/images/{Canned.ImageId}/file");
        request.Headers.Add("Range", range);
        return Named(mutant).MutateRequest(request) ? request.Headers.Get("Range") : null;
    }

    // The import body the upstream sees, or null when the mutant left the request alone.
    private static JsonObject? ImportBodyAfter(string mutant, string json)
    {
        var request = WithBody(Named(mutant), $"/v2/images/{Canned.ImageId}/import", json);
        return Named(mutant).MutateRequest(request) ? JsonNode.Parse(request.Body!)!.AsObject() : null;
    }

    [Test, CoversMutant("download-suffix-range-from-start")]
    public void DownloadSuffixRangeFromStart_SuffixRange_AsksForTheFirstBytes() =>
        RangeAfter("download-suffix-range-from-start", "bytes=-5").Should().Be("bytes=0-4");

    [Test]
    public void DownloadSuffixRangeFromStart_ClosedRange_ChangesNothing() =>
        RangeAfter("download-suffix-range-from-start", "bytes=2-5").Should().BeNull();

    [Test, CoversMutant("download-open-range-one-byte")]
    public void DownloadOpenRangeOneByte_OpenRange_AsksForOneByte() =>
        RangeAfter("download-open-range-one-byte", "bytes=1200-").Should().Be("bytes=1200-1200");

    [Test]
    public void DownloadOpenRangeOneByte_SuffixRange_ChangesNothing() =>
        RangeAfter("download-open-range-one-byte", "bytes=-5").Should().BeNull();

    [Test, CoversMutant("download-multi-range-first-only")]
    public void DownloadMultiRangeFirstOnly_TwoRanges_KeepsTheFirst() =>
        RangeAfter("download-multi-range-first-only", "bytes=0-9,100-199").Should().Be("bytes=0-9");

    [Test, CoversMutant("import-not-applied")]
    public void ImportNotApplied_Import_Answers202Locally() =>
        LocalAnswerOf("import-not-applied", $"/v2/images/{Canned.ImageId}/import").Status.Should().Be(202);

    [Test, CoversMutant("import-ignores-all-stores")]
    public void ImportIgnoresAllStores_AllStores_FlagRemoved() =>
        ImportBodyAfter("import-ignores-all-stores", """{"method": {"name": "glance-direct"}, "all_stores": true}""")!
            .ContainsKey("all_stores").Should().BeFalse();

    [Test, CoversMutant("import-ignores-stores")]
    public void ImportIgnoresStores_NamedStores_ListRemoved()
    {
        var body = ImportBodyAfter("import-ignores-stores", """{"method": {"name": "copy-image"}, "stores": ["slow"]}""")!;

        body.ContainsKey("stores").Should().BeFalse();
        body["method"]!["name"]!.ToString().Should().Be("copy-image");
    }

    [Test]
    public void ImportIgnoresStores_NoStores_ChangesNothing() =>
        ImportBodyAfter("import-ignores-stores", """{"method": {"name": "glance-direct"}}""").Should().BeNull();

    [Test, CoversMutant("web-download-uri-elsewhere")]
    public void WebDownloadUriElsewhere_WebDownload_FetchesAnotherAddress() =>
        ImportBodyAfter("web-download-uri-elsewhere", """{"method": {"name": "web-download", "uri": "http://127.0.0.1:18080/a.raw"}}""")!
            ["method"]!["uri"]!.ToString().Should().Be("http://127.0.0.1:18080/a.raw.elsewhere");

    [Test, CoversMutant("cache-list-drops-queued-images")]
    public void CacheListDropsQueuedImages_Status_HasNoQueuedList()
    {
        var response = Canned.Json(200, CacheJson);

        Named("cache-list-drops-queued-images").MutateResponse(response).Should().BeTrue();
        var state = Canned.JsonOf(response);
        state.ContainsKey("queued_images").Should().BeFalse();
        state["cached_images"]!.AsArray().Should().HaveCount(1);
    }

    [Test, CoversMutant("cache-list-nothing-cached")]
    public void CacheListNothingCached_Status_CachedListEmpty()
    {
        var response = Canned.Json(200, CacheJson);

        Named("cache-list-nothing-cached").MutateResponse(response).Should().BeTrue();
        var state = Canned.JsonOf(response);
        state["cached_images"]!.AsArray().Should().BeEmpty();
        state["queued_images"]!.AsArray().Should().HaveCount(1);
    }

    [Test, CoversMutant("cache-queue-not-applied")]
    public void CacheQueueNotApplied_Queue_Answers202Locally() =>
        LocalAnswerOf("cache-queue-not-applied", $"/v2/cache/{Canned.ImageId}").Status.Should().Be(202);

    [Test, CoversMutant("cache-delete-not-applied")]
    public void CacheDeleteNotApplied_Delete_Answers204Locally() =>
        LocalAnswerOf("cache-delete-not-applied", $"/v2/cache/{Canned.ImageId}").Status.Should().Be(204);
}
