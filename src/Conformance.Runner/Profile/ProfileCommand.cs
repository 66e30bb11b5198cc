using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Conformance.Runner.Terminal;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Profile;

/// <summary><c>conformance profile</c>: how well the cloud delivers image data, measured and verified, into results.json and summary.md.</summary>
public sealed class ProfileCommand : AsyncCommand<ProfileOptions>
{
    public const string Format = "images-api-conformance/profile-1";

    public override async Task<int> ExecuteAsync(CommandContext context, ProfileOptions options, CancellationToken cancellationToken)
    {
        var settings = await SuiteSettingsFactory.CreateAsync(options, Environment.GetEnvironmentVariable, cancellationToken);
        settings = WebDownloadSourceResolver.With(settings, await WebDownloadSourceResolver.ResolveAsync(options, settings.RequestTimeout, cancellationToken));
        var (plan, aboveCap) = ProfilePlanning.From(options, settings.ImageSizeCapBytes);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory,
            "profile-" + DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        var startedAt = DateTimeOffset.UtcNow;
        using var session = new ConformanceSession(settings, NoValidation.Instance);
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {settings.RunId}; delivery profile");
        WarningBanner.Write(settings.Warnings);
        session.Features = await EndpointDiscovery.DiscoverAsync(session, cancellationToken);
        var measured = await CloudProfiler.MeasureAsync(session, plan, cancellationToken);
        var profile = measured with { NotMeasured = [.. aboveCap, .. measured.NotMeasured] };

        Directory.CreateDirectory(output);
        var results = new JsonObject
        {
            ["format"] = Format,
            ["endpoint"] = settings.Endpoint.ToString(),
            ["runId"] = settings.RunId,
            ["startedAt"] = startedAt.ToString("O", CultureInfo.InvariantCulture),
            ["environment"] = new JsonObject(session.Features.AsEnvironment().Concat(settings.CloudFacts)
                .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            [ProfileJson.Section] = ProfileJson.ToJson(profile),
        };
        await File.WriteAllTextAsync(Path.Combine(output, "results.json"),
            results.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(output, "summary.md"),
            $"# Delivery profile of {settings.Endpoint}\n\n" + ProfileMarkdown.Render(profile), cancellationToken);
        ProfileConsole.Write(profile);
        AnsiConsole.MarkupLineInterpolated($"reports: {output}");
        return profile.Findings.Count == 0 ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }
}
