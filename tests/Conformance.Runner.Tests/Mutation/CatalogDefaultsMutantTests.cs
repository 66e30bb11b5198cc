using System.Text;
using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of a documented default or response header, on canned exchanges.</summary>
public sealed class CatalogDefaultsMutantTests
{
    private const string CreateBody = """{"name": "n", "disk_format": "raw", "container_format": "bare"}""";

    [Test, CoversMutant("create-image-default-visibility-private")]
    public void CreateImageDefaultVisibilityPrivate_NoVisibility_ForwardsPrivate() =>
        Forwarded("create-image-default-visibility-private", CreateBody)!["visibility"]!.GetValue<string>().Should().Be("private");

    [Test]
    public void CreateImageDefaultVisibilityPrivate_VisibilityGiven_ChangesNothing() =>
        Forwarded("create-image-default-visibility-private", """{"name": "n", "visibility": "shared"}""").Should().BeNull();

    [Test, CoversMutant("create-image-default-min-ram-512")]
    public void CreateImageDefaultMinRam512_NoMinRam_Forwards512() =>
        Forwarded("create-image-default-min-ram-512", CreateBody)!["min_ram"]!.GetValue<int>().Should().Be(512);

    [Test]
    public void CreateImageDefaultMinRam512_MinRamGiven_ChangesNothing() =>
        Forwarded("create-image-default-min-ram-512", """{"name": "n", "min_ram": 0}""").Should().BeNull();

    [Test, CoversMutant("list-image-protected-true")]
    public void ListImageProtectedTrue_TwoImages_BothProtected()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-image-protected-true").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Select(i => i!["protected"]!.GetValue<bool>()).Should().Equal(true, true);
    }

    [Test, CoversMutant("show-image-os-hidden-true")]
    public void ShowImageOsHiddenTrue_Image_SaysHidden()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-os-hidden-true").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["os_hidden"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test, CoversMutant("create-image-size-zero")]
    public void CreateImageSizeZero_NewImage_SaysSizeZero()
    {
        var response = Canned.Json(201, Canned.ImageJson.Replace("\"size\": 12", "\"size\": null", StringComparison.Ordinal));

        Named("create-image-size-zero").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["size"]!.GetValue<int>().Should().Be(0);
    }

    [Test, CoversMutant("list-default-sort-oldest-first")]
    public void ListDefaultSortOldestFirst_NoDirection_ForwardsAscending()
    {
        var request = Canned.Request(Named("list-default-sort-oldest-first").Operation, "/v2/images", "tag=t");

        Named("list-default-sort-oldest-first").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("tag=t&sort_dir=asc");
    }

    [TestCase("sort_dir=desc")]
    [TestCase("sort=name:asc")]
    public void ListDefaultSortOldestFirst_DirectionGiven_ChangesNothing(string query) =>
        Named("list-default-sort-oldest-first")
            .MutateRequest(Canned.Request(Named("list-default-sort-oldest-first").Operation, "/v2/images", query))
            .Should().BeFalse();

    [Test, CoversMutant("create-namespace-default-visibility-public")]
    public void CreateNamespaceDefaultVisibilityPublic_NoVisibility_ForwardsPublic() =>
        Forwarded("create-namespace-default-visibility-public", """{"namespace": "ns"}""")!["visibility"]!.GetValue<string>()
            .Should().Be("public");

    [Test, CoversMutant("show-image-content-type-text")]
    public void ShowImageContentTypeText_JsonAnswer_SaysTextPlain()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-content-type-text").MutateResponse(response).Should().BeTrue();
        response.Headers.Get("Content-Type").Should().Be("text/plain");
    }

    [Test, CoversMutant("download-content-type-json")]
    public void DownloadContentTypeJson_Data_SaysJson()
    {
        var response = Canned.Bytes(200, [1, 2, 3], ("Content-Type", "application/octet-stream"));

        Named("download-content-type-json").MutateResponse(response).Should().BeTrue();
        response.Headers.Get("Content-Type").Should().Be("application/json");
    }

    // The body the mutant forwards, or null when it left the request as it was.
    private static JsonObject? Forwarded(string name, string json)
    {
        var mutant = Named(name);
        mutant.ReadsRequestBody.Should().BeTrue("the proxy hands the body only to a mutant that reads request bodies");
        var body = Encoding.UTF8.GetBytes(json);
        var request = new ForwardedRequest(mutant.Operation, mutant.Operation.Method, "/v2/images", string.Empty,
            new HeaderList([new("Content-Type", "application/json"), new("Content-Length", $"{body.Length}")]), body);
        return mutant.MutateRequest(request) ? JsonNode.Parse(request.Body!)!.AsObject() : null;
    }
}
