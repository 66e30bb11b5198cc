using System.Text.Json.Nodes;

namespace Conformance.Runner.MultiCloud;

/// <summary>Reads what the index shows of a cloud's results.json; null when the cloud's run wrote none (it ended before).</summary>
public static class CloudResultsReader
{
    public static CloudResults? Read(string folder)
    {
        var path = Path.Combine(folder, "results.json");
        if (!File.Exists(path))
        {
            return null;
        }
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        var summary = json?["summary"];
        var profile = json?["profile"];
        int Count(string key) => summary?[key]?.GetValue<int>() ?? 0;
        return new CloudResults(
            json?["endpoint"]?.GetValue<string>(),
            json?["certification"]?["verdict"]?.GetValue<string>(),
            Count("total"), Count("passed"), Count("failed"), Count("skipped"), Count("error"),
            (profile?["figures"] as JsonArray)?.Count ?? 0,
            (profile?["findings"] as JsonArray)?.Count ?? 0);
    }
}
