using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Certification;
using Conformance.Tests.Standards.Scs;
using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Runner.Standards;

/// <summary>
/// A scope version of the SCS standard written as an interop guideline (schema 2.0), so that the verdict, figures,
/// waivers, reports, evidence, verify, compare and rerun judge it as they judge a guideline: one program (the scope
/// version), one component and one capability per module (its main-target testcase ids required), each testcase id
/// a test whose idempotent id is that id.
/// </summary>
public static class ScsGuideline
{
    public static string Id(ScsStandard standard, string version) => $"{Slug(standard.ScopeName)}-{version}";

    public static string ProgramName(ScsStandard standard, string version) => $"{standard.ScopeName} {version}";

    public static JsonObject Build(ScsStandard standard, ScsScopeVersion version, string status)
    {
        var modules = version.Modules.Select(m => standard.Modules[m]).ToList();
        var components = new JsonObject();
        var capabilities = new JsonObject();
        foreach (var module in modules)
        {
            components[module.Id] = new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["required"] = new JsonArray(JsonValue.Create(module.Id)),
                    ["advisory"] = new JsonArray(),
                    ["deprecated"] = new JsonArray(),
                    ["removed"] = new JsonArray(),
                },
            };
            var tests = new JsonObject();
            foreach (var id in module.Main)
            {
                tests[id] = new JsonObject { ["idempotent_id"] = id };
            }
            capabilities[module.Id] = new JsonObject
            {
                ["achievements"] = new JsonArray(),
                ["admin"] = false,
                ["description"] = $"{module.Name} ({module.Url}), target main",
                ["project"] = CertificationScope.ImagesService,
                ["required_since"] = version.StabilizedAt ?? string.Empty,
                ["tests"] = tests,
            };
        }
        return new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["id"] = Id(standard, version.Name),
                ["schema"] = GuidelineReader.SupportedSchema,
                ["source"] = standard.ScopeUrl,
                ["scope_uuid"] = standard.ScopeUuid,
                ["scope_version_status"] = status,
                ["generated_by"] = $"./conformance run --standard {Slug(standard.ScopeName)} --scope-version {version.Name}, from {Path.GetFileName(standard.SourcePath)}",
            },
            ["platforms"] = new JsonObject
            {
                [ProgramName(standard, version.Name)] = new JsonObject
                {
                    ["description"] = $"The Images API part of {standard.ScopeName} {version.Name} ({status}): the main-target testcases of its image modules.",
                    ["components"] = new JsonArray(modules.Select(m => (JsonNode)new JsonObject { ["name"] = m.Id }).ToArray()),
                },
            },
            ["components"] = components,
            ["capabilities"] = capabilities,
        };
    }

    public static async Task<string> WriteAsync(JsonObject guideline, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, guideline.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", cancellationToken);
        return path;
    }

    /// <summary><c>SCS-compatible IaaS</c> → <c>scs-compatible-iaas</c>, the name <c>--standard</c> takes.</summary>
    public static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The ids a scope version judges (its modules' main targets), in the catalogue's order.</summary>
    public static IReadOnlyList<string> MainIds(ScsStandard standard, ScsScopeVersion version)
    {
        var ids = version.Modules.SelectMany(m => standard.Modules[m].Main).ToHashSet(StringComparer.Ordinal);
        return ScsTestcaseCatalogue.All.Select(e => e.Id).Where(ids.Contains).ToList();
    }
}
