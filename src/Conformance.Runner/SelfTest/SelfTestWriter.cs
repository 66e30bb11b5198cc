using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Runner.SelfTest;

/// <summary>Writes the kill matrix as <c>selftest.json</c> and a readable <c>selftest.md</c>.</summary>
public static class SelfTestWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task<IReadOnlyList<string>> WriteAsync(SelfTestReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "selftest.json");
        var markdown = Path.Combine(directory, "selftest.md");
        var document = new
        {
            report.Endpoint,
            report.StartedAt,
            report.DurationSeconds,
            report.BaselineTests,
            Mutants = report.Mutants.Count,
            report.Killed,
            report.NotApplicable,
            report.KillRate,
            Matrix = report.Mutants,
        };
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(document, Json) + "\n", cancellationToken);
        await File.WriteAllTextAsync(markdown, Markdown(report), cancellationToken);
        return [json, markdown];
    }

    public static string Markdown(SelfTestReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("# Mutation self-test").AppendLine();
        text.AppendLine($"Endpoint {report.Endpoint}, {report.StartedAt:u}, {report.DurationSeconds:F1} s; baseline {report.BaselineTests} tests.").AppendLine();
        text.AppendLine($"Kill rate: **{report.KillRate:F1}%** ({report.Killed} of {report.Judged} mutants){NotApplicableNote(report)}.").AppendLine();
        text.AppendLine("| mutant | verdict | killed by | tests run | applied | what it breaks |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var m in report.Mutants)
        {
            text.AppendLine($"| `{m.Name}` | {m.Verdict} | {(m.KilledBy.Count == 0 ? "-" : string.Join(", ", m.KilledBy))} | {m.TestsRun.Count} | {m.Applications} | {m.WhatItBreaks} |");
        }
        var survivors = report.Survivors.ToList();
        if (survivors.Count > 0)
        {
            text.AppendLine().AppendLine("## Survivors").AppendLine();
            foreach (var m in survivors)
            {
                text.AppendLine($"- `{m.Name}` ({m.Verdict}): {m.WhatItBreaks}");
            }
        }
        return text.ToString();
    }

    /// <summary>The mutants left out of the kill rate, said beside it.</summary>
    public static string NotApplicableNote(SelfTestReport report) => report.NotApplicable == 0 ? string.Empty
        : $"; {report.NotApplicable} not applicable to this endpoint's API version (their tests need a later one)";
}
