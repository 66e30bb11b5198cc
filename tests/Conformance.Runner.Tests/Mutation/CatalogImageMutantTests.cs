using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on single-image operations, on canned exchanges.</summary>
public sealed class CatalogImageMutantTests
{
    [Test, CoversMutant("show-image-drops-status")]
    public void ShowImageDropsStatus_ActiveImage_HasNoStatus()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-drops-status").MutateResponse(response).Should().BeTrue();

        Canned.JsonOf(response).ContainsKey("status").Should().BeFalse();
        Canned.JsonOf(response)["id"]!.GetValue<string>().Should().Be(Canned.ImageId);
    }

    [Test, CoversMutant("create-image-drops-location")]
    public void CreateImageDropsLocation_Created_HasNoLocation()
    {
        var response = Canned.Json(201, Canned.ImageJson, ("Location", $"http://127.0.0.1:5555/v2/images/{Canned.ImageId}"));

        Named("create-image-drops-location").MutateResponse(response).Should().BeTrue();
        response.Headers.Contains("Location").Should().BeFalse();
    }

    [Test, CoversMutant("create-image-location-elsewhere")]
    public void CreateImageLocationElsewhere_Created_NamesAnotherImageOnTheSameHost()
    {
        var response = Canned.Json(201, Canned.ImageJson, ("Location", $"http://127.0.0.1:5555/v2/images/{Canned.ImageId}"));

        Named("create-image-location-elsewhere").MutateResponse(response).Should().BeTrue();
        response.Headers.Get("Location").Should().Be("http://127.0.0.1:5555/v2/images/00000000-0000-4000-8000-000000000000");
    }

    [Test, CoversMutant("show-image-id-wrong-type")]
    public void ShowImageIdWrongType_Image_HasANumericId()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-id-wrong-type").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["id"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.Number);
    }

    [Test, CoversMutant("show-image-visibility-outside-enum")]
    public void ShowImageVisibilityOutsideEnum_Image_HasVisibilityEveryone()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-visibility-outside-enum").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["visibility"]!.GetValue<string>().Should().Be("everyone");
    }

    [Test, CoversMutant("show-image-wrong-checksum")]
    public void ShowImageWrongChecksum_ImageWithData_HasTheEmptyMd5()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-wrong-checksum").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["checksum"]!.GetValue<string>().Should().Be("d41d8cd98f00b204e9800998ecf8427e");
    }

    [Test, CoversMutant("update-image-not-applied")]
    public void UpdateImageNotApplied_Patch_IsForwardedAsAGetWithoutBody()
    {
        var mutant = Named("update-image-not-applied");
        var request = Canned.Request(mutant.Operation, $"/v2/images/{Canned.ImageId}");

        mutant.MutateRequest(request).Should().BeTrue();
        request.Method.Should().Be("GET");
        request.ForwardBody.Should().BeFalse();
    }

    [Test, CoversMutant("delete-image-not-applied")]
    public void DeleteImageNotApplied_Delete_IsAnswered204Locally()
    {
        var mutant = Named("delete-image-not-applied");
        var request = Canned.Request(mutant.Operation, $"/v2/images/{Canned.ImageId}");

        mutant.MutateRequest(request).Should().BeTrue();
        request.LocalAnswer!.Status.Should().Be(204);
    }

    [Test, CoversMutant("add-tag-not-stored")]
    public void AddTagNotStored_PutTag_IsAnswered204Locally()
    {
        var mutant = Named("add-tag-not-stored");
        var request = Canned.Request(mutant.Operation, $"/v2/images/{Canned.ImageId}/tags/t1");

        mutant.MutateRequest(request).Should().BeTrue();
        request.LocalAnswer!.Status.Should().Be(204);
    }

    [Test, CoversMutant("image-schema-renamed")]
    public void ImageSchemaRenamed_Schema_IsNamedImages()
    {
        var response = Canned.Json(200, """{"name": "image", "properties": {"id": {"type": "string"}}}""");

        Named("image-schema-renamed").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["name"]!.GetValue<string>().Should().Be("images");
        Canned.JsonOf(response)["properties"]!["id"]!["type"]!.GetValue<string>().Should().Be("string");
    }
}
