using NJsonSchema;

namespace Conformance.ImagesApi.Schemas;

/// <summary>The pinned schemas the <see cref="SchemaMap"/> uses, loaded once from the schemas folder.</summary>
public sealed class SchemaCatalog
{
    private readonly IReadOnlyDictionary<string, JsonSchema> _schemas;

    private SchemaCatalog(string directory, IReadOnlyDictionary<string, JsonSchema> schemas)
    {
        Directory = directory;
        _schemas = schemas;
    }

    public string Directory { get; }

    public static string PathOf(string directory, string schemaId) =>
        Path.Combine(directory, schemaId.Replace('/', Path.DirectorySeparatorChar) + ".json");

    /// <summary>Loads every schema the map names; a missing file is a configuration error that names the fix.</summary>
    public static async Task<SchemaCatalog> LoadAsync(string directory)
    {
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var id in SchemaMap.Rules.SelectMany(r => r.Schemas).Distinct())
        {
            var path = PathOf(directory, id);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"pinned schema '{id}' not found at {path}: run './conformance schemas pull' or pass --schemas DIR", path);
            }
            schemas[id] = await JsonSchema.FromFileAsync(path);
        }
        return new SchemaCatalog(directory, schemas);
    }

    public JsonSchema Get(string schemaId) => _schemas[schemaId];
}
