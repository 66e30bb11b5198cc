namespace Conformance.Tests.Capabilities.ImagesV2Get;

[Capability(CapabilityNames.ImagesV2Get)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ImageSchemaTests : ConformanceTestBase
{
    private static readonly string[] CoreImageAttributes =
        ["id", "name", "status", "visibility", "protected", "checksum", "size", "disk_format", "container_format",
         "created_at", "updated_at", "tags", "owner", "min_disk", "min_ram", "self", "file", "schema"];

    [ConformanceTest("The image schema MUST be published at /v2/schemas/image, named 'image', describing the core image attributes.",
        IdempotentId = "id-622b925c-479f-4736-860d-adeaf13bc371", Operation = Operations.ImageSchemaShow)]
    public async Task ShowImageSchema_Answers200WithCoreAttributes()
    {
        var response = await Schemas.ShowSchemaAsync("image", Cancellation);

        response.ShouldHaveStatus(200, "the image schema MUST be published");
        response.JsonObject["name"]?.GetValue<string>().Should().Be("image");
        response.JsonObject["properties"].Should().BeOfType<JsonObject>()
            .Which.Select(p => p.Key).Should().Contain(CoreImageAttributes);
    }

    [ConformanceTest("The images schema MUST be published at /v2/schemas/images, named 'images', describing an images array and its links.",
        IdempotentId = "id-25c8d7b2-df21-460f-87ac-93130bcdc684", Operation = Operations.ImagesSchemaShow)]
    public async Task ShowImagesSchema_Answers200WithImagesArray()
    {
        var response = await Schemas.ShowSchemaAsync("images", Cancellation);

        response.ShouldHaveStatus(200, "the images schema MUST be published");
        response.JsonObject["name"]?.GetValue<string>().Should().Be("images");
        response.JsonObject["properties"].Should().BeOfType<JsonObject>()
            .Which.Select(p => p.Key).Should().Contain(["images", "first", "next", "schema"]);
    }
}
