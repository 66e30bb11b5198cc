using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// The <c>allurerc.json</c> handed to the Allure 3 CLI: only the Awesome plugin, as a single self-contained
/// <c>index.html</c>, grouped by capability then operation. Allure 3 takes categories from its config rather
/// than from <c>categories.json</c>, so the same triage rules are passed here too.
/// </summary>
internal static class AllureRenderConfig
{
    public static string Json(string reportName, string outputDirectory, JsonArray? categories)
    {
        var config = new JsonObject
        {
            ["name"] = reportName,
            ["output"] = outputDirectory,
            ["plugins"] = new JsonObject
            {
                ["awesome"] = new JsonObject
                {
                    ["options"] = new JsonObject
                    {
                        ["singleFile"] = true,
                        ["reportName"] = reportName,
                        ["reportLanguage"] = "en",
                        ["groupBy"] = new JsonArray("feature", "story"),
                    },
                },
            },
        };
        if (categories is not null)
        {
            config["categories"] = categories;
        }
        return config.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
