using System.Text.Json.Nodes;

namespace Conformance.ImagesApi.Images;

/// <summary>One operation of an image update, in the JSON-patch form Glance accepts.</summary>
public sealed record JsonPatch(string Op, string Path, JsonNode? Value = null)
{
    /// <summary>The media type of the current Images API patch format.</summary>
    public const string MediaType = "application/openstack-images-v2.1-json-patch";

    public static JsonPatch Add(string path, JsonNode? value) => new("add", path, value);
    public static JsonPatch Replace(string path, JsonNode? value) => new("replace", path, value);
    public static JsonPatch Remove(string path) => new("remove", path);

    public JsonObject ToJson()
    {
        var op = new JsonObject { ["op"] = Op, ["path"] = Path };
        if (Op != "remove")
        {
            op["value"] = Value?.DeepClone();
        }
        return op;
    }
}
