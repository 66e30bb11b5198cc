using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.ImagesApi.Tests.Support;

namespace Conformance.ImagesApi.Tests.Schemas;

/// <summary>
/// A cloud is judged by its own published schemas for what the operator may change, and by the pinned core for
/// what the API fixes; the strict layer follows the cloud's API version.
/// </summary>
public sealed class CloudSchemaValidationTests
{
    private const string ShowImage = "GET /v2/images/{image_id}";
    private SchemaCatalog _catalog = null!;

    [OneTimeSetUp]
    public async Task LoadPinnedSchemas() => _catalog = await SchemaCatalog.LoadAsync(PinnedSchemas.Directory);

    [Test]
    public async Task FormatOutsideThePinnedEnum_PassesWhereTheCloudAllowsIt()
    {
        var image = CannedImage.Shown();
        image["disk_format"] = "luks";
        var pinnedOnly = new SchemaResponseValidator(_catalog);
        Validate(pinnedOnly, image).Should().Contain(v => v.JsonPath == "$.disk_format", "the positive control: the pinned enum has no 'luks'");

        var adapted = await AdaptedAsync(schema => schema["properties"]!["disk_format"]!["enum"]!.AsArray().Add("luks"));

        Validate(adapted, image).Should().BeEmpty("the cloud's own schema allows the format its operator configured");
    }

    [Test]
    public async Task ExtensionPropertyOfTheCloud_IsJudgedByTheCloudsDefinitionNotThePinnedOne()
    {
        var image = CannedImage.Shown();
        image["kernel_id"] = "none";
        Validate(new SchemaResponseValidator(_catalog), image).Should().Contain(v => v.JsonPath.Contains("kernel_id"),
            "the positive control: the reference's schema-image.json wants a UUID");

        var adapted = await AdaptedAsync(schema => schema["properties"]!["kernel_id"] = JsonNode.Parse("""{"type": "string", "is_base": false}"""));

        Validate(adapted, image).Should().BeEmpty();
    }

    [Test]
    public async Task CoreRule_StillHoldsWhenTheCloudsSchemaDropsIt()
    {
        var image = CannedImage.Shown();
        image["status"] = "sleeping";

        var adapted = await AdaptedAsync(schema => schema["properties"]!["status"]!.AsObject().Remove("enum"));

        Validate(adapted, image).Should().Contain(v => v.Schema == "core/image" && v.JsonPath == "$.status",
            "the status values are the API's, not the operator's");
    }

    [Test]
    public async Task FieldsOfApi27_AreRequiredOnlyFromThatVersionOn()
    {
        var image = CannedImage.Shown();
        image.Remove("os_hidden");
        var older = new SchemaResponseValidator(_catalog);
        await older.AdaptAsync(new Dictionary<string, string>(), new ApiVersion(2, 6));
        var current = new SchemaResponseValidator(_catalog);
        await current.AdaptAsync(new Dictionary<string, string>(), new ApiVersion(2, 7));

        Validate(older, image).Should().BeEmpty("os_hidden arrived in API 2.7");
        Validate(current, image).Should().ContainSingle(v => v.Schema == "strict/image-2.7" && v.Rule.Contains("os_hidden"));
    }

    [Test]
    public async Task Differences_AreReportedAsInformation()
    {
        var validator = new SchemaResponseValidator(_catalog);
        var cloud = _catalog.PinnedPublished("image").DeepClone();
        cloud["properties"]!["disk_format"]!["enum"] = new JsonArray("raw", "qcow2", null);
        cloud["properties"]!["hw_firmware_type"] = JsonNode.Parse("""{"type": "string"}""");
        cloud["required"] = new JsonArray("hw_firmware_type");

        var differences = await validator.AdaptAsync(new Dictionary<string, string> { ["image"] = cloud.ToJsonString() }, null);

        differences.Should().BeEquivalentTo(
            "image: properties added: hw_firmware_type",
            "image: disk_format allows null, qcow2, raw (pinned: aki, ami, ari, iso, null, ploop, qcow2, raw, vdi, vhd, vhdx, vmdk)",
            "image: also requires hw_firmware_type");
    }

    private async Task<SchemaResponseValidator> AdaptedAsync(Action<JsonNode> change)
    {
        var cloud = _catalog.PinnedPublished("image").DeepClone();
        change(cloud);
        var validator = new SchemaResponseValidator(_catalog);
        await validator.AdaptAsync(new Dictionary<string, string> { ["image"] = cloud.ToJsonString() }, new ApiVersion(2, 16));
        return validator;
    }

    private static IReadOnlyList<ImagesApi.Recording.SchemaViolation> Validate(SchemaResponseValidator validator, JsonObject body) =>
        validator.Validate(ShowImage, 200, "application/json", Encoding.UTF8.GetBytes(body.ToJsonString()), "req-1");
}
