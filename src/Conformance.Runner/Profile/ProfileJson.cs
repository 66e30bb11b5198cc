using System.Text.Json.Nodes;

namespace Conformance.Runner.Profile;

/// <summary>The <c>profile</c> section of results.json: every figure with its unit, direction, sample count, median and spread.</summary>
public static class ProfileJson
{
    public const string Section = "profile";

    /// <summary>Samples are written out when there are few (rounds); latency figures of a whole run keep only their statistics.</summary>
    private const int MaxSamplesWritten = 20;

    public static JsonObject ToJson(CloudProfile profile) => new()
    {
        ["sizesBytes"] = new JsonArray(profile.Sizes.Select(s => (JsonNode)s).ToArray()),
        ["rounds"] = profile.Rounds,
        ["concurrency"] = profile.Concurrency,
        ["durationSeconds"] = Math.Round(profile.DurationSeconds, 1),
        ["exchanges"] = profile.Exchanges,
        ["retries"] = profile.Retries,
        ["errors"] = profile.Errors,
        ["figures"] = new JsonArray(profile.Figures.Select(f => (JsonNode)ToJson(f)).ToArray()),
        ["notMeasured"] = new JsonArray(profile.NotMeasured.Select(n => (JsonNode)new JsonObject { ["figure"] = n.Figure, ["reason"] = n.Reason }).ToArray()),
        ["findings"] = new JsonArray(profile.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["what"] = f.What,
            ["exchange"] = f.Exchange is null ? null : new JsonObject
            {
                ["method"] = f.Exchange.Method,
                ["url"] = f.Exchange.Url,
                ["status"] = f.Exchange.Status,
                ["requestId"] = f.Exchange.RequestId,
                ["transportError"] = f.Exchange.TransportError,
                ["durationMs"] = Math.Round(f.Exchange.DurationMs, 1),
            },
        }).ToArray()),
    };

    private static JsonObject ToJson(Figure figure)
    {
        var json = new JsonObject
        {
            ["name"] = figure.Name,
            ["unit"] = figure.Unit,
            ["better"] = figure.Better == Better.Higher ? "higher" : "lower",
            ["count"] = figure.Count,
            ["median"] = Round(figure.Median),
            ["min"] = Round(figure.Min),
            ["max"] = Round(figure.Max),
            ["p95"] = Round(figure.Percentile(95)),
            ["p99"] = Round(figure.Percentile(99)),
            ["spreadPercent"] = Round(figure.SpreadPercent),
        };
        if (figure.Count <= MaxSamplesWritten)
        {
            json["samples"] = new JsonArray(figure.Samples.Select(s => (JsonNode)Round(s)).ToArray());
        }
        return json;
    }

    private static double Round(double value) => Math.Round(value, 3);

    /// <summary>The figures of a profile section as written (name, unit, direction, median, count), for compare.</summary>
    public static IReadOnlyList<WrittenFigure> ReadFigures(JsonObject section) =>
        (section["figures"] as JsonArray ?? []).OfType<JsonObject>().Select(f => new WrittenFigure(
            f["name"]?.GetValue<string>() ?? throw new InvalidDataException("a profile figure has no name"),
            f["unit"]?.GetValue<string>() ?? string.Empty,
            f["better"]?.GetValue<string>() == "higher" ? Better.Higher : Better.Lower,
            f["median"]?.GetValue<double>() ?? throw new InvalidDataException($"profile figure '{f["name"]}' has no median"),
            f["count"]?.GetValue<int>() ?? 0)).ToList();
}

/// <summary>A figure as results.json holds it.</summary>
public sealed record WrittenFigure(string Name, string Unit, Better Better, double Median, int Count);
