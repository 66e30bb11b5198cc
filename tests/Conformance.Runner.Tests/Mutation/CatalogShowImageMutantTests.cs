using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of the shown image's hashes, media type and extra properties, on canned exchanges.</summary>
public sealed class CatalogShowImageMutantTests
{
    private const string EmptySha512 =
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";

    private static readonly string ImageWithHash = Canned.ImageJson.Replace(
        "\"os_hash_algo\": \"sha512\",", "\"os_hash_algo\": \"sha512\", \"os_hash_value\": \"" + new string('a', 128) + "\",",
        StringComparison.Ordinal);

    [Test, CoversMutant("show-image-wrong-os-hash-value")]
    public void ShowImageWrongOsHashValue_ActiveImage_HasTheSha512OfNoData()
    {
        var response = Canned.Json(200, ImageWithHash);

        Named("show-image-wrong-os-hash-value").MutateResponse(response).Should().BeTrue();

        Canned.JsonOf(response)["os_hash_value"]!.GetValue<string>().Should().Be(EmptySha512);
    }

    [TestCase("sha512", "sha256"), TestCase("sha256", "sha512"), CoversMutant("show-image-os-hash-algo-mislabelled")]
    public void ShowImageOsHashAlgoMislabelled_HashedImage_NamesAnotherAlgorithmAndKeepsTheValue(string named, string mislabelled)
    {
        var response = Canned.Json(200, ImageWithHash.Replace("\"os_hash_algo\": \"sha512\"", $"\"os_hash_algo\": \"{named}\"", StringComparison.Ordinal));

        Named("show-image-os-hash-algo-mislabelled").MutateResponse(response).Should().BeTrue();

        var image = Canned.JsonOf(response);
        image["os_hash_algo"]!.GetValue<string>().Should().Be(mislabelled);
        image["os_hash_value"]!.GetValue<string>().Should().Be(new string('a', 128), "only the label changes");
    }

    [Test, CoversMutant("show-image-content-type-html")]
    public void ShowImageContentTypeHtml_Image_IsLabelledHtmlWithTheSameBody()
    {
        var response = Canned.Json(200, Canned.ImageJson);
        var body = response.Body;

        Named("show-image-content-type-html").MutateResponse(response).Should().BeTrue();

        response.Headers.Get("Content-Type").Should().Be("text/html; charset=UTF-8");
        response.Body.Should().BeSameAs(body);
    }

    [Test, CoversMutant("show-image-extra-non-string-property")]
    public void ShowImageExtraNonStringProperty_Image_HasANumberProperty()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        Named("show-image-extra-non-string-property").MutateResponse(response).Should().BeTrue();

        var image = Canned.JsonOf(response);
        image["x_extra"]!.GetValue<int>().Should().Be(1);
        image["id"]!.GetValue<string>().Should().Be(Canned.ImageId);
    }
}
