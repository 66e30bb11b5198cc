using System.Text.Json.Nodes;
using NJsonSchema;

namespace Conformance.ImagesApi.Schemas;

/// <summary>
/// The pinned schemas the <see cref="SchemaMap"/> uses, loaded once from the schemas folder, and the core of each
/// published one (<see cref="CoreSchema"/>), made from the pinned text under the id <c>core/NAME</c>.
/// </summary>
public sealed class SchemaCatalog
{
    public const string PublishedPrefix = "published/";
    public const string CorePrefix = "core/";

    private readonly IReadOnlyDictionary<string, JsonSchema> _schemas;
    private readonly IReadOnlyDictionary<string, JsonNode> _pinnedPublished;

    private SchemaCatalog(string directory, IReadOnlyDictionary<string, JsonSchema> schemas, IReadOnlyDictionary<string, JsonNode> pinnedPublished)
    {
        Directory = directory;
        _schemas = schemas;
        _pinnedPublished = pinnedPublished;
    }

    public string Directory { get; }

    public static string PathOf(string directory, string schemaId) =>
        Path.Combine(directory, schemaId.Replace('/', Path.DirectorySeparatorChar) + ".json");

    /// <summary>Loads every schema the map names; a missing file is a configuration error that names the fix.</summary>
    public static async Task<SchemaCatalog> LoadAsync(string directory)
    {
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var pinned = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var ids = SchemaMap.Rules.SelectMany(r => r.Schemas).Concat(SchemaMap.PublishedSchemaNames.Select(n => PublishedPrefix + n));
        foreach (var id in ids.Distinct().Where(id => !id.StartsWith(CorePrefix, StringComparison.Ordinal)))
        {
            var path = PathOf(directory, id);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"pinned schema '{id}' not found at {path}: run './conformance schemas pull' or pass --schemas DIR", path);
            }
            // Read once: the text serves the schema, the pinned copy a cloud's is compared with, and its core.
            var text = await File.ReadAllTextAsync(path);
            schemas[id] = await JsonSchema.FromJsonAsync(text, path);
            if (id.StartsWith(PublishedPrefix, StringComparison.Ordinal))
            {
                var name = id[PublishedPrefix.Length..];
                pinned[name] = JsonNode.Parse(text)!;
                schemas[CorePrefix + name] = await JsonSchema.FromJsonAsync(CoreSchema.Of(pinned[name]).ToJsonString());
            }
        }
        return new SchemaCatalog(directory, schemas, pinned);
    }

    public JsonSchema Get(string schemaId) => _schemas[schemaId];

    /// <summary>The pinned text of published schema <paramref name="name"/> (e.g. <c>image</c>), to compare a cloud's with.</summary>
    public JsonNode PinnedPublished(string name) => _pinnedPublished[name];
}
