using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>
/// Reads an interop guideline file in schema 2.0 (the format of 2020.06 and later, and of add-on files).
/// A file that is not one says which member is wrong, by its path in the file.
/// </summary>
public static class GuidelineReader
{
    public const string SupportedSchema = "2.0";

    /// <exception cref="InvalidDataException">The file is not a schema 2.0 guideline.</exception>
    public static async Task<Guideline> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no guideline file at {path}: pass an interop guideline file (schema 2.0), e.g. ../shared/interop/interop-2020.06.json", path);
        }
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text, path);
    }

    public static Guideline Parse(string json, string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw Invalid(path, "$", "is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not JSON: {e.Message}", e);
        }
        var metadata = Object(root, "metadata", path, "$");
        var schema = String(metadata, "schema", path, "$.metadata");
        if (schema != SupportedSchema)
        {
            throw Invalid(path, "$.metadata.schema", $"is '{schema}': only interop guideline schema {SupportedSchema} is supported (2020.06 and later)");
        }
        return new Guideline
        {
            Id = String(metadata, "id", path, "$.metadata"),
            Path = path,
            Source = OptionalString(metadata, "source", path, "$.metadata"),
            Platforms = Programs(root["platforms"] as JsonObject, path, "$.platforms"),
            AddOns = Programs(root["add-ons"] as JsonObject, path, "$.add-ons"),
            Components = Object(root, "components", path, "$").ToDictionary(p => p.Key, p => Component(p.Key, p.Value, path), StringComparer.Ordinal),
            Capabilities = Object(root, "capabilities", path, "$").ToDictionary(p => p.Key, p => Capability(p.Key, p.Value, path), StringComparer.Ordinal),
        };
    }

    private static Dictionary<string, GuidelineProgram> Programs(JsonObject? programs, string path, string at) =>
        (programs ?? []).ToDictionary(p => p.Key, p =>
        {
            var where = $"{at}.{p.Key}";
            var program = p.Value as JsonObject ?? throw Invalid(path, where, "is not an object");
            return new GuidelineProgram(p.Key, OptionalString(program, "description", path, where) ?? string.Empty,
                Names(program["components"], path, $"{where}.components", required: true),
                Names(program["required_platform_components"], path, $"{where}.required_platform_components", required: false));
        }, StringComparer.Ordinal);

    private static List<string> Names(JsonNode? references, string path, string at, bool required)
    {
        if (references is null && !required)
        {
            return [];
        }
        var array = references as JsonArray ?? throw Invalid(path, at, "is missing or not an array");
        return array.Select((r, i) => r is JsonObject o ? String(o, "name", path, $"{at}[{i}]") : throw Invalid(path, $"{at}[{i}]", "is not an object")).ToList();
    }

    private static GuidelineComponent Component(string name, JsonNode? node, string path)
    {
        var at = $"$.components.{name}.capabilities";
        var capabilities = (node as JsonObject)?["capabilities"] as JsonObject ?? throw Invalid(path, at, "is missing or not an object");
        var byStatus = new Dictionary<CapabilityStatus, IReadOnlyList<string>>();
        foreach (var status in Enum.GetValues<CapabilityStatus>())
        {
            var key = status.ToString().ToLowerInvariant();
            byStatus[status] = capabilities[key] is JsonArray list
                ? list.Select((c, i) => c is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw Invalid(path, $"{at}.{key}[{i}]", "is not a string")).ToList()
                : capabilities[key] is null ? [] : throw Invalid(path, $"{at}.{key}", "is not an array");
        }
        return new GuidelineComponent(name, byStatus);
    }

    private static GuidelineCapability Capability(string name, JsonNode? node, string path)
    {
        var at = $"$.capabilities.{name}";
        var capability = node as JsonObject ?? throw Invalid(path, at, "is not an object");
        var tests = Object(capability, "tests", path, at).Select(t =>
        {
            var test = t.Value as JsonObject ?? throw Invalid(path, $"{at}.tests.{t.Key}", "is not an object");
            var where = $"{at}.tests.{t.Key}";
            var aliases = test["aliases"] switch
            {
                null => [],
                JsonArray list => list.Select((a, i) => a is JsonValue value && value.TryGetValue<string>(out var alias) ? alias
                    : throw Invalid(path, $"{where}.aliases[{i}]", "is not a string")).ToList(),
                _ => throw Invalid(path, $"{where}.aliases", "is not an array"),
            };
            var flagged = test["flagged"] switch
            {
                null => null,
                JsonObject flag => OptionalString(flag, "reason", path, $"{where}.flagged") ?? "flagged",
                _ => throw Invalid(path, $"{where}.flagged", "is not an object"),
            };
            return new GuidelineTest(t.Key, OptionalString(test, "idempotent_id", path, where), aliases, flagged);
        }).ToList();
        var admin = capability["admin"] switch
        {
            null => false,
            JsonValue value when value.TryGetValue<bool>(out var isAdmin) => isAdmin,
            _ => throw Invalid(path, $"{at}.admin", "is not true or false"),
        };
        return new GuidelineCapability(name, String(capability, "project", path, at),
            OptionalString(capability, "description", path, at) ?? string.Empty, admin, tests);
    }

    private static string? OptionalString(JsonObject parent, string key, string path, string at) => parent[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw Invalid(path, $"{at}.{key}", "is not a string"),
    };

    private static JsonObject Object(JsonObject parent, string key, string path, string at) =>
        parent[key] as JsonObject ?? throw Invalid(path, $"{at}.{key}", "is missing or not an object");

    private static string String(JsonObject parent, string key, string path, string at) =>
        parent[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw Invalid(path, $"{at}.{key}", "is missing or not a non-empty string");

    private static InvalidDataException Invalid(string path, string at, string problem) =>
        new($"{path} is not an interop guideline: {at} {problem}");
}
