using System.Text.Json.Serialization;

namespace Conformance.Runner.Certification;

/// <summary>One passed test in <c>refstack.json</c>: Tempest's test name and its idempotent id without <c>id-</c>.</summary>
public sealed record RefStackTest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("uuid")] string Uuid);
