using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant that only a test with a positive control can kill, on canned exchanges.</summary>
public sealed class CatalogControlMutantTests
{
    private const string ForeignProject = "00000000000040008000000000000000";

    [Test, CoversMutant("list-ignores-sort")]
    public void ListIgnoresSort_MultiKeySort_ForwardsWithoutSort()
    {
        var request = Canned.Request(Named("list-ignores-sort").Operation, "/v2/images", "tag=t&sort=disk_format:asc,name:asc");

        Named("list-ignores-sort").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("tag=t");
    }

    [Test]
    public void ListIgnoresSort_NoSort_ChangesNothing() =>
        Named("list-ignores-sort").MutateRequest(Canned.Request(Named("list-ignores-sort").Operation, "/v2/images", "tag=t"))
            .Should().BeFalse();

    [Test, CoversMutant("list-images-empty")]
    public void ListImagesEmpty_TwoImages_ListIsEmpty()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-images-empty").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public void ListImagesEmpty_EmptyList_ChangesNothing() =>
        Named("list-images-empty").MutateResponse(Canned.Json(200, """{"images": [], "schema": "/v2/schemas/images"}"""))
            .Should().BeFalse();

    [Test, CoversMutant("list-drops-shared-images")]
    public void ListDropsSharedImages_SharedAndPrivate_KeepsPrivateOnly()
    {
        var privateImage = Canned.ImageJson.Replace("\"shared\"", "\"private\"", StringComparison.Ordinal);
        var response = Canned.Json(200, $$"""{"images": [{{Canned.ImageJson}}, {{privateImage}}], "schema": "/v2/schemas/images"}""");

        Named("list-drops-shared-images").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Select(i => i!["visibility"]!.GetValue<string>())
            .Should().Equal("private");
    }

    [Test, CoversMutant("show-image-owner-foreign")]
    public void ShowImageOwnerForeign_Image_NamesForeignOwner()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-owner-foreign").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["owner"]!.GetValue<string>().Should().Be(ForeignProject);
    }

    [Test, CoversMutant("list-image-owner-foreign")]
    public void ListImageOwnerForeign_TwoImages_BothNameForeignOwner()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-image-owner-foreign").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Select(i => i!["owner"]!.GetValue<string>())
            .Should().Equal(ForeignProject, ForeignProject);
    }
}
