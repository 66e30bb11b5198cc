using System.Text;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Session;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.ImagesApi.Schemas;

/// <summary>
/// Validates a response body against every schema the <see cref="SchemaMap"/> names for it. Once the cloud is
/// known (<see cref="Adapt"/>), a <c>published/NAME</c> schema is the cloud's own, checked with the pinned
/// <c>core/NAME</c> for what the API fixes, and strict schemas newer than the cloud's API version are left out.
/// </summary>
public sealed class SchemaResponseValidator(SchemaCatalog catalog) : IResponseValidator
{
    private IReadOnlyDictionary<string, JsonSchema> _cloudPublished = new Dictionary<string, JsonSchema>();
    private ApiVersion? _apiVersion;

    /// <summary>
    /// Judges from now on by the cloud's own published schemas (name to JSON text; a name missing or not parsing
    /// keeps the pinned one) and its CURRENT API version (null: every strict schema applies). Returns how the
    /// cloud's schemas differ from the pinned ones, as information for the report.
    /// </summary>
    public async Task<IReadOnlyList<string>> AdaptAsync(IReadOnlyDictionary<string, string> cloudPublished, ApiVersion? apiVersion)
    {
        var adopted = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (name, text) in cloudPublished)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(text);
                adopted[name] = await JsonSchema.FromJsonAsync(text);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or InvalidOperationException)
            {
                differences.Add($"{name}: the cloud's schema does not parse ({e.Message}); the pinned one judges");
                continue;
            }
            if (node is not null)
            {
                differences.AddRange(SchemaDifferences.Between(name, catalog.PinnedPublished(name), node));
            }
        }
        _cloudPublished = adopted;
        _apiVersion = apiVersion;
        return differences;
    }

    public IReadOnlyList<SchemaViolation> Validate(string operation, int status, string? contentType, byte[] body, string? requestId)
    {
        var schemaIds = SchemaMap.SchemasFor(operation, status).Where(Applies).ToList();
        if (schemaIds.Count == 0)
        {
            return [];
        }
        var violations = new List<SchemaViolation>();
        string json = Encoding.UTF8.GetString(body);
        if (contentType is null || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            violations.Add(new("content-type", "$", $"expected a JSON response, got Content-Type '{contentType}'", requestId));
            return violations;
        }
        foreach (var schemaId in schemaIds)
        {
            var (label, schema) = Resolve(schemaId);
            ICollection<ValidationError> errors;
            try
            {
                errors = schema.Validate(json);
            }
            catch (Newtonsoft.Json.JsonException e)
            {
                violations.Add(new(label, "$", $"body is not valid JSON: {e.Message}", requestId));
                continue;
            }
            violations.AddRange(Flatten(errors).Select(e => new SchemaViolation(label, JsonPath(e), Describe(e), requestId)));
        }
        return violations;
    }

    /// <summary>
    /// Core schemas judge only beside a cloud's own published one (the pinned published schema already holds all
    /// the core says), and a strict schema only from the API version that brought what it requires.
    /// </summary>
    private bool Applies(string schemaId) =>
        schemaId.StartsWith(SchemaCatalog.CorePrefix, StringComparison.Ordinal)
            ? _cloudPublished.ContainsKey(schemaId[SchemaCatalog.CorePrefix.Length..])
            : !(SchemaMap.Since.TryGetValue(schemaId, out var since) && _apiVersion < since);

    private (string Label, JsonSchema Schema) Resolve(string schemaId) =>
        schemaId.StartsWith(SchemaCatalog.PublishedPrefix, StringComparison.Ordinal)
        && _cloudPublished.TryGetValue(schemaId[SchemaCatalog.PublishedPrefix.Length..], out var cloud)
            ? ($"cloud's {schemaId}", cloud)
            : (schemaId, catalog.Get(schemaId));

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(kv => kv.Value))
            : [e]);

    private static string JsonPath(ValidationError error) =>
        string.IsNullOrEmpty(error.Path) || error.Path == "#" ? "$" : "$" + error.Path.TrimStart('#').Replace('/', '.');

    private static string Describe(ValidationError error) =>
        error.Property is null ? error.Kind.ToString() : $"{error.Kind} (property '{error.Property}')";
}
