using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Execution;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary>
/// <c>conformance schemas pull</c>: captures the published schemas verbatim into <c>schemas/published/</c>,
/// with a record of where and when they came from.
/// </summary>
public sealed class SchemasPullCommand : AsyncCommand<SchemasPullCommand.Options>
{
    public sealed class Options : EndpointOptions
    {
        [CommandOption("--server <DESCRIPTION>")]
        [Description("What the server is, recorded with the capture, e.g. 'glance-api 2:25.1.0 (Debian)'.")]
        public string? Server { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        var target = Path.Combine(settings.SchemasDirectory, "published");
        // Nothing is pinned yet when the schemas are first pulled, so nothing is validated here.
        using var session = await SessionFactory.OpenDiscoveredAsync(settings, ResponseJudging.None, cancellationToken);
        var features = session.Features!;
        var client = new SchemasClient(session.TransportFor(Persona.Member, "schemas-pull"));
        foreach (var name in SchemaMap.PublishedSchemaNames)
        {
            var response = await client.ShowSchemaAsync(name, cancellationToken);
            if (response.Status != 200 || response.Json is null)
            {
                throw new UsageException($"GET /v2/schemas/{name} answered {response}: the endpoint must publish every Images API schema", ExitCodes.EndpointUnreachable);
            }
            var path = SchemaCatalog.PathOf(target, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Verbatim bytes: the pinned file is exactly what the server published.
            await File.WriteAllBytesAsync(path, response.Body, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"pinned /v2/schemas/{name} -> {Path.GetRelativePath(settings.SchemasDirectory, path)} ({response.Body.Length} bytes)");
        }
        var capture = new JsonObject
        {
            ["capturedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["server"] = options.Server ?? "unknown",
            ["apiVersions"] = string.Join(", ", features.ApiVersions),
            ["currentVersion"] = features.CurrentVersion,
            ["command"] = "./conformance schemas pull",
            ["schemas"] = new JsonArray(SchemaMap.PublishedSchemaNames.Select(n => (JsonNode)("/v2/schemas/" + n)).ToArray()),
        };
        await File.WriteAllTextAsync(Path.Combine(target, "capture.json"),
            capture.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", cancellationToken);
        return ExitCodes.Passed;
    }
}
