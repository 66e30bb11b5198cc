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
        Validate(ShowImage, CannedImage()).Should().BeEmpty();
    }

    [Test]
    public void ImageWithoutStatus_ViolatesTheStrictLayerAtStatus()
    {
        var image = CannedImage();
        image.Remove("status");

        var violations = Validate(ShowImage, image);

        violations.Should().ContainSingle(v => v.Schema == "strict/image" && v.Rule.Contains("status"), "the published schema requires nothing; the strict layer requires status");
    }

    [Test]
    public void ImageWithNumericId_ViolatesBothLayersNamingThePath()
    {
        var image = CannedImage();
        image["id"] = 42;

        var violations = Validate(ShowImage, image);

        violations.Select(v => v.Schema).Should().BeEquivalentTo(["published/image", "strict/image"]);
        violations.Should().OnlyContain(v => v.JsonPath == "$.id");
    }

    [Test]
    public void ImageWithNonStringCustomProperty_ViolatesThePublishedSchema()
    {
        var image = CannedImage();
        image["custom"] = 7;

        Validate(ShowImage, image).Should().Contain(v => v.Schema == "published/image" && v.JsonPath.Contains("custom"));
    }

    [Test]
    public void ImageWithBadTimestamp_ViolatesTheDateTimeFormat()
    {
        var image = CannedImage();
        image["created_at"] = "yesterday";

        Validate(ShowImage, image).Should().Contain(v => v.Schema == "strict/image" && v.JsonPath == "$.created_at");
    }

    [Test]
    public void ListWithoutFirstLink_ViolatesTheStrictImagesSchema()
    {
        var page = new JsonObject { ["images"] = new JsonArray(CannedImage()), ["schema"] = "/v2/schemas/images" };

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

    /// <summary>An image exactly as Glance 25.1.0 answered a show (captured with curl).</summary>
    private static JsonObject CannedImage() => JsonNode.Parse("""
        {"name": "strictprobe", "disk_format": "raw", "container_format": "bare", "visibility": "shared", "size": 5,
         "virtual_size": 5, "status": "active", "checksum": "5d41402abc4b2a76b9719d911017c592", "protected": false,
         "min_ram": 0, "min_disk": 0, "owner": "p-test", "os_hidden": false, "os_hash_algo": "sha512",
         "os_hash_value": "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
         "id": "237d9edb-a22d-485b-a3e1-2d9fac1a98f2", "created_at": "2026-11-27T18:27:04Z", "updated_at": "2026-11-27T18:27:04Z",
         "tags": [], "self": "/v2/images/237d9edb-a22d-485b-a3e1-2d9fac1a98f2",
         "file": "/v2/images/237d9edb-a22d-485b-a3e1-2d9fac1a98f2/file", "schema": "/v2/schemas/image", "stores": "fast"}
        """)!.AsObject();
}
