using System.Globalization;
using System.Text.Json;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// An image of the set the SCS checks look at, read from its Glance v2 JSON as the official (Python) test reads it:
/// a property is "set" when present, not null and, as Python's truthiness has it, not empty (or 0 for integers).
/// </summary>
public sealed class ScsImage(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string Id => Text("id") ?? "(no id)";
    public string Name => Text("name") ?? string.Empty;
    public string? Visibility => Text("visibility");
    public bool Hidden => Json["os_hidden"] is JsonValue v && v.TryGetValue<bool>(out var hidden) && hidden;

    /// <summary>Whether the key is there with a non-null value (an empty string is present).</summary>
    public bool Has(string key) => Json[key] is not null;

    /// <summary>The value as text (strings as they are, numbers and booleans in JSON form); null when absent or null.</summary>
    public string? Text(string key) => Json[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonNode other => other.ToJsonString(),
    };

    /// <summary>The value when it is set in Python's sense (present and non-empty).</summary>
    public string? Set(string key) => Text(key) is { Length: > 0 } value ? value : null;

    /// <summary>An integer field (<c>min_disk</c>, <c>min_ram</c>, <c>size</c>); null when absent, null or not an integer.</summary>
    public long? Number(string key) =>
        Json[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public ScsFinding Finding(ScsFindingKind kind, string property, string rule) => new(kind, Id, Name, property, Text(property), rule);
}
