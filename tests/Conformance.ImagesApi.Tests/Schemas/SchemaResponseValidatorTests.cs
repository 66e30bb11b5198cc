using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Tests.Support;

namespace Conformance.ImagesApi.Tests.Schemas;

public sealed class SchemaResponseValidatorTests
{
    private const string ShowImage = "GET /v2/images/{image_id}";
    private SchemaResponseValidator _validator = null!;

    [OneTimeSetUp]
    public async Task LoadPinnedSchemas() =>
        _validator = new SchemaResponseValidator(await SchemaCatalog.LoadAsync(PinnedSchemas.Directory));

    [Test]
    public void ImageAsGlanceAnswersIt_HasNoViolations()
    {
        Validate(ShowImage, CannedImage.Shown()).Should().BeEmpty();
    }

    [Test]
    public void ImageWithoutStatus_ViolatesTheStrictLayerAtStatus()
    {
        var image = CannedImage.Shown();
        image.Remove("status");

        var violations = Validate(ShowImage, image);

        violations.Should().ContainSingle(v => v.Schema == "strict/image" && v.Rule.Contains("status"), "the published schema requires nothing; the strict layer requires status");
    }

    [Test]
    public void ImageWithNumericId_ViolatesBothLayersNamingThePath()
    {
        var image = CannedImage.Shown();
        image["id"] = 42;

        var violations = Validate(ShowImage, image);

        violations.Select(v => v.Schema).Should().BeEquivalentTo(["published/image", "strict/image"]);
        violations.Should().OnlyContain(v => v.JsonPath == "$.id");
    }

    [Test]
    public void ImageWithNonStringCustomProperty_ViolatesThePublishedSchema()
    {
        var image = CannedImage.Shown();
        image["custom"] = 7;

        Validate(ShowImage, image).Should().Contain(v => v.Schema == "published/image" && v.JsonPath.Contains("custom"));
    }

    [Test]
    public void ImageWithBadTimestamp_ViolatesTheDateTimeFormat()
    {
        var image = CannedImage.Shown();
        image["created_at"] = "yesterday";

        Validate(ShowImage, image).Should().Contain(v => v.Schema == "strict/image" && v.JsonPath == "$.created_at");
    }

    [Test]
    public void ListWithoutFirstLink_ViolatesTheStrictImagesSchema()
    {
        var page = new JsonObject { ["images"] = new JsonArray(CannedImage.Shown()), ["schema"] = "/v2/schemas/images" };

        Validate("GET /v2/images", page).Should().Contain(v => v.Schema == "strict/images" && v.Rule.Contains("first"));
    }

    [Test]
    public void NonJsonAnswerToAJsonOperation_IsAViolation()
    {
        _validator.Validate(ShowImage, 200, "text/html", "<html/>"u8.ToArray(), "req-1")
            .Should().ContainSingle().Which.Rule.Should().Contain("text/html");
    }

    [Test]
    public void OperationWithoutSchema_IsNotValidated()
    {
        _validator.Validate("DELETE /v2/images/{image_id}", 204, null, [], null).Should().BeEmpty();
    }

    private IReadOnlyList<ImagesApi.Recording.SchemaViolation> Validate(string operation, JsonObject body) =>
        _validator.Validate(operation, 200, "application/json", Encoding.UTF8.GetBytes(body.ToJsonString()), "req-1");
}
