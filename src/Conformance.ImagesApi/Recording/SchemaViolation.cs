namespace Conformance.ImagesApi.Recording;

/// <summary>A response body that breaks a rule of a schema: which schema, where, which rule.</summary>
public sealed record SchemaViolation(string Schema, string JsonPath, string Rule, string? RequestId)
{
    public override string ToString() =>
        $"schema '{Schema}' at {JsonPath}: {Rule}" + (RequestId is null ? string.Empty : $" (request {RequestId})");
}
