using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Certification;

/// <summary>
/// Reads a waivers file (<c>--waivers FILE</c>):
/// <c>{ "waivers": [ { "test": "tempest…test_x | id-… | Conformance.Tests…", "reason": "…", "expires": "2026-12-31" } ] }</c>.
/// Every waiver needs a reason and an expiry date; a wrong entry is named by its index.
/// </summary>
public static class WaiverFile
{
    /// <exception cref="UsageException">The file is missing or malformed.</exception>
    public static async Task<IReadOnlyList<Waiver>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--waivers: no waivers file at {path}");
        }
        return Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    public static IReadOnlyList<Waiver> Parse(string json, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new UsageException($"--waivers: {path} is not JSON: {e.Message}");
        }
        var list = (root as JsonObject)?["waivers"] as JsonArray
            ?? throw new UsageException($"--waivers: {path} has no \"waivers\" array");
        return list.Select((entry, i) => Entry(entry as JsonObject, path, i)).ToList();
    }

    private static Waiver Entry(JsonObject? entry, string path, int index)
    {
        string Field(string name) =>
            entry?[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
                ? text.Trim()
                : throw new UsageException($"--waivers: {path}: waivers[{index}].{name} is missing: every waiver names its test, gives a reason and an expiry date (yyyy-MM-dd)");
        var test = Field("test");
        var reason = Field("reason");
        var expires = Field("expires");
        return DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new Waiver(test, reason, date)
            : throw new UsageException($"--waivers: {path}: waivers[{index}].expires '{expires}' is not a date yyyy-MM-dd");
    }
}
