using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using NJsonSchema.Validation;

namespace Conformance.ImagesApi.Schemas;

/// <summary>Validates a response body against every schema the <see cref="SchemaMap"/> names for it.</summary>
public sealed class SchemaResponseValidator(SchemaCatalog catalog) : IResponseValidator
{
    public IReadOnlyList<SchemaViolation> Validate(string operation, int status, string? contentType, byte[] body, string? requestId)
    {
        var schemaIds = SchemaMap.SchemasFor(operation, status);
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
            var schema = catalog.Get(schemaId);
            ICollection<ValidationError> errors;
            try
            {
                errors = schema.Validate(json);
            }
            catch (Newtonsoft.Json.JsonException e)
            {
                violations.Add(new(schemaId, "$", $"body is not valid JSON: {e.Message}", requestId));
                continue;
            }
            violations.AddRange(Flatten(errors).Select(e => new SchemaViolation(schemaId, JsonPath(e), Describe(e), requestId)));
        }
        return violations;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(kv => kv.Value))
            : [e]);

    private static string JsonPath(ValidationError error) =>
        string.IsNullOrEmpty(error.Path) || error.Path == "#" ? "$" : "$" + error.Path.TrimStart('#').Replace('/', '.');

    private static string Describe(ValidationError error) =>
        error.Property is null ? error.Kind.ToString() : $"{error.Kind} (property '{error.Property}')";
}
