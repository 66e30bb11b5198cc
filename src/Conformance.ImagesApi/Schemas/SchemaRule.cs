namespace Conformance.ImagesApi.Schemas;

/// <summary>Which schemas a response to one operation with one status must satisfy.</summary>
/// <param name="Operation">Method and route template, e.g. <c>GET /v2/images/{image_id}</c>.</param>
/// <param name="Status">The response status the rule applies to.</param>
/// <param name="Schemas">Schema ids relative to the schemas folder without extension, e.g. <c>published/image</c>.</param>
public sealed record SchemaRule(string Operation, int Status, IReadOnlyList<string> Schemas);
